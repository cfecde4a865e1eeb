package dev.portpath.web.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.Lesson;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;

/**
 * The course: everything under content/, loaded and checked once. It is read from the directory
 * {@code portpath.content-dir} (relative to the working directory) when it exists, else from the copy the
 * build puts on the class path. Content problems are logged, not fatal: content-check and the tests are
 * where they fail the build.
 * <p>
 * Loading traces every example and answer (about a second of CPU), so start-up does not wait for it: it
 * begins on its own thread once the application is ready, and the first lesson or quiz request waits for
 * it if it comes sooner (or loads it, when nothing started the loading).
 */
@Component
public class Course {

	private static final Log log = LogFactory.getLog(Course.class);

	private final Path dir;

	private final AtomicBoolean started = new AtomicBoolean();

	private final CompletableFuture<Content> content = new CompletableFuture<>();

	Course(@Value("${portpath.content-dir:content}") String dir) {
		this.dir = Path.of(dir);
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadInTheBackground() {
		if (started.compareAndSet(false, true)) {
			Thread loader = new Thread(this::loadNow, "course-loader");
			loader.setDaemon(true);
			loader.start();
		}
	}

	private void loadNow() {
		try {
			Content loaded = load(dir);
			loaded.problems().forEach(p -> log.warn("content: " + p));
			log.info("content: " + loaded.lessons().size() + " lessons, " + loaded.itemCount() + " quiz items, "
					+ loaded.exercises().size() + " exercises");
			content.complete(loaded);
		}
		catch (Throwable ex) {
			// never leave a request waiting for a course that will not come
			content.completeExceptionally(ex);
			log.error("the course cannot be loaded from " + dir.toAbsolutePath() + " or the class path", ex);
			if (ex instanceof Error error) {
				throw error;
			}
		}
	}

	/** Everything under content/ (practice makes its exercises from it too); loads it now if nothing has yet. */
	public Content content() {
		if (started.compareAndSet(false, true)) {
			loadNow();
		}
		return content.join();
	}

	Optional<Lesson> lesson(String id) {
		return content().lesson(id);
	}

	Optional<Quiz> quiz(String id) {
		return content().quiz(id);
	}

	/** An item of a quiz, only if it belongs to that quiz. */
	Optional<QuizItem> item(Quiz quiz, String itemId) {
		return quiz.items().stream().filter(i -> i.id().equals(itemId)).findFirst();
	}

	static Content load(Path dir) {
		if (Files.isDirectory(dir)) {
			return new ContentLoader().load(dir);
		}
		return fromClasspath();
	}

	/**
	 * The loader reads a directory, and inside the jar the content is no directory: copy it to a
	 * temporary one (the container's root filesystem is read-only, /tmp is not), load, and delete it.
	 */
	private static Content fromClasspath() {
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("portpath-content");
			var resolver = new PathMatchingResourcePatternResolver();
			Resource base = resolver.getResource("classpath:content/");
			String root = base.exists() ? base.getURL().toString() : "";
			int copied = 0;
			for (Resource r : resolver.getResources("classpath*:content/**")) {
				String url = r.getURL().toString();
				if (root.isEmpty() || !url.startsWith(root) || url.endsWith("/") || !r.isReadable()) {
					continue;
				}
				Path target = tmp.resolve(url.substring(root.length())).normalize();
				if (!target.startsWith(tmp)) {
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = r.getInputStream()) {
					Files.copy(in, target);
				}
				copied++;
			}
			if (copied == 0) {
				log.warn("no content directory and no content on the class path: the course is empty");
			}
			return new ContentLoader().load(tmp);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the content on the class path", ex);
		}
		finally {
			if (tmp != null) {
				try {
					FileSystemUtils.deleteRecursively(tmp);
				}
				catch (IOException ex) {
					log.warn("cannot delete " + tmp + ": " + ex.getMessage());
				}
			}
		}
	}
}
