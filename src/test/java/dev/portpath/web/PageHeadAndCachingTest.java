package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.Lesson;
import dev.portpath.content.QuizItem;

/**
 * What every page's head says and how its files are cached: one meta description per page, its own; every
 * stylesheet, script and icon a page links has a versioned URL served with a one-year immutable Cache-Control,
 * while the same file under its plain name keeps the one-day max-age and a wrong hash is not found. And an
 * answer carries the one line its item's live region announces.
 */
class PageHeadAndCachingTest extends RunningApp {

	static final Pattern DESCRIPTION = Pattern.compile("<meta\\s+name=\"description\"\\s+content=\"([^\"]*)\"");

	static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+|/favicon[^\"]*)\"");

	final HttpClient http = HttpClient.newHttpClient();

	final Content content = new ContentLoader().load(Path.of("content"));

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	private Map<String, String> pages() {
		Lesson lesson = content.lessons().stream().filter(l -> content.quiz(l.quizId()).isPresent()).findFirst().orElseThrow();
		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : List.of("/", "/playground", "/lessons", "/lessons/" + lesson.id(), "/quizzes",
				"/quizzes/" + lesson.quizId(), "/progress", "/practice?seed=1&level=1", "/api")) {
			pages.put(path, "");
		}
		return pages;
	}

	@Test
	void everyPageHasOneDescriptionOfItsOwn() throws Exception {
		Map<String, String> descriptions = pages();
		for (String path : descriptions.keySet()) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher m = DESCRIPTION.matcher(page.body());
			assertThat(m.find()).as("a meta description on " + path).isTrue();
			String description = m.group(1);
			assertThat(m.find()).as("only one meta description on " + path).isFalse();
			assertThat(description).as(path).hasSizeBetween(50, 200);
			descriptions.put(path, description);
		}
		assertThat(descriptions.values()).doesNotHaveDuplicates();
	}

	@Test
	void versionedFilesAreImmutableForAYearPlainOnesForADay() throws Exception {
		List<String> assets = new ArrayList<>();
		for (String path : pages().keySet()) {
			Matcher m = ASSET.matcher(get(path).body());
			while (m.find()) {
				if (!assets.contains(m.group(1))) {
					assets.add(m.group(1));
				}
			}
		}
		assertThat(assets).anyMatch(a -> a.startsWith("/css/app-"))
			.anyMatch(a -> a.startsWith("/js/app-"))
			.anyMatch(a -> a.startsWith("/favicon-"))
			.anyMatch(a -> a.startsWith("/webjars/htmx.org/"));
		for (String asset : assets) {
			HttpResponse<String> file = get(asset);
			assertThat(file.statusCode()).as(asset).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
		}
		HttpResponse<String> plain = get("/css/app.css");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=86400");
		assertThat(get("/css/app-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
	}

	@Test
	void aFixAnswerCarriesItsOneLineSummary() throws Exception {
		QuizItem.Fix fix = content.lessons().stream()
			.flatMap(l -> content.quiz(l.quizId()).stream())
			.flatMap(q -> q.items().stream())
			.filter(QuizItem.Fix.class::isInstance)
			.map(QuizItem.Fix.class::cast)
			.findFirst()
			.orElseThrow();
		String quiz = content.lessons().stream()
			.flatMap(l -> content.quiz(l.quizId()).stream())
			.filter(q -> q.items().contains(fix))
			.findFirst()
			.orElseThrow()
			.id();
		String form = "attempt=1&manifests=" + URLEncoder.encode(fix.exercise().starter(), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url("/quizzes/" + quiz + "/items/" + fix.id())))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		Matcher m = Pattern.compile("data-summary=\"([^\"]*)\"").matcher(answer.body());
		assertThat(m.find()).isTrue();
		assertThat(m.group(1)).startsWith("Not yet: the goal is ")
			.matches(".*Trace: [A-Z_]+ (at the [\\w-]+ hop(, line \\d+)?|, rejected by the API server(, line \\d+)?)\\.");
	}
}
