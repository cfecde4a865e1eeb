package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Every expression the pages use stays in Thymeleaf's expression cache: none is dropped to be parsed, and
 * compiled, again (TemplateCaches). The test draws every page there is, then reads the cache.
 */
class TemplateCachesTest extends RunningApp {

	private static final Pattern LINK = Pattern.compile("href=\"(/(?:lessons|quizzes)/[\\w./-]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Autowired
	private SpringTemplateEngine templates;

	private String get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isIn(200, 404);
		return response.body();
	}

	private void post(String manifests, boolean htmx) throws Exception {
		String form = "manifests=" + URLEncoder.encode(manifests, StandardCharsets.UTF_8) + "&from=&to=";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/playground")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html");
		if (htmx) {
			request.header("HX-Request", "true");
		}
		HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		// YAML that does not parse is answered 400, with the playground and its message
		assertThat(response.statusCode()).isIn(200, 400);
		assertThat(response.body()).contains("id=\"result\"");
	}

	@Test
	void everyPagesExpressionsFitTheExpressionCacheWithRoomToSpare() throws Exception {
		// the pages, and every lesson and quiz page they link to, two links deep (a quiz's items)
		Set<String> pages = new LinkedHashSet<>(List.of("/", "/playground", "/lessons", "/quizzes", "/practice", "/progress",
				"/api", "/no/such/page", "/lessons/no-such-lesson"));
		List<String> toDraw = new ArrayList<>(pages);
		for (int depth = 0; depth < 3; depth++) {
			List<String> found = new ArrayList<>();
			for (String page : toDraw) {
				Matcher links = LINK.matcher(get(page));
				while (links.find()) {
					if (pages.add(links.group(1))) {
						found.add(links.group(1));
					}
				}
			}
			toDraw = found;
		}
		assertThat(pages).hasSizeGreaterThan(40);
		for (String manifests : new String[] { WORKING, BROKEN, "kind: [" }) {
			post(manifests, true);
			post(manifests, false);
		}

		StandardCache<?, ?> cache = (StandardCache<?, ?>) templates.getCacheManager().getExpressionCache();
		assertThat(cache.getMaxSize()).isEqualTo(TemplateCaches.EXPRESSION_CACHE_MAX_SIZE);
		// Thymeleaf's default of 500 was full at about 930 entries; half the room here leaves space for new pages
		assertThat(cache.size()).isLessThanOrEqualTo(TemplateCaches.EXPRESSION_CACHE_MAX_SIZE / 2);
	}
}
