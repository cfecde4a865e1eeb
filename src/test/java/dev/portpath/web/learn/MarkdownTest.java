package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownTest {

	@Test
	void exampleTagsCutTheHtmlWhereTheyStand() {
		List<Markdown.Piece> pieces = Markdown.pieces("""
				Intro.

				{{example first}}

				Between.

				{{example second}}
				""");
		assertThat(pieces).extracting(Markdown.Piece::example).containsExactly("", "first", "", "second");
		assertThat(pieces.get(0).html()).isEqualTo("<p>Intro.</p>\n");
		assertThat(pieces.get(2).html()).isEqualTo("<p>Between.</p>\n");
	}

	@Test
	void aCompareTagPutsTwoExamplesSideBySide() {
		List<Markdown.Piece> pieces = Markdown.pieces("Before.\n\n{{compare with-ingress with-gateway}}\n\nAfter.\n");
		assertThat(pieces).hasSize(3);
		assertThat(pieces.get(1).isComparison()).isTrue();
		assertThat(pieces.get(1).example()).isEqualTo("with-ingress");
		assertThat(pieces.get(1).beside()).isEqualTo("with-gateway");
	}

	@Test
	void aTagInsideTextOrCodeIsNoExample() {
		List<Markdown.Piece> pieces = Markdown.pieces("""
				Write `{{example x}}` on a line of its own.

				    {{example y}}
				""");
		assertThat(pieces).noneMatch(Markdown.Piece::isExample);
	}

	@Test
	void rawHtmlIsEscaped() {
		assertThat(Markdown.html("Hi <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<div>block</div>\n"))
			.doesNotContain("<script", "<img", "<div")
			.contains("&lt;script&gt;", "&lt;div&gt;");
	}

	@Test
	void unsafeLinkTargetsAreDropped() {
		String html = Markdown.html("[a](javascript:alert(1)) [b](/lessons/four-ports) [c](https://kubernetes.io/)");
		assertThat(html).doesNotContain("javascript:")
			.contains("href=\"/lessons/four-ports\"", "href=\"https://kubernetes.io/\"");
	}

	@Test
	void headingsGetAnchorsAndTablesRender() {
		String html = Markdown.html("""
				## Named ports

				| a | b |
				|---|---|
				| 1 | 2 |
				""");
		assertThat(html).contains("<h2 id=\"named-ports\">Named ports</h2>", "<table>", "<td>1</td>");
	}
}
