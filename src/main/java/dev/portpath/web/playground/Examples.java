package dev.portpath.web.playground;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The examples menu: {@code content/examples/<name>/manifests.yaml} plus {@code example.yaml} (title,
 * story, from, to, order). Read once at start-up from the directory {@code portpath.examples-dir}
 * (relative to the working directory), else from {@code content/examples} on the class path, where the
 * build copies it. No directory means no menu; a broken example is left out and logged.
 */
@Component
class Examples {

	private static final Log log = LogFactory.getLog(Examples.class);

	private final List<Example> all;

	Examples(@Value("${portpath.examples-dir:content/examples}") String dir) {
		Path path = Path.of(dir);
		this.all = Files.isDirectory(path) ? fromDirectory(path) : fromClasspath();
	}

	public List<Example> all() {
		return all;
	}

	public Optional<Example> find(String name) {
		return all.stream().filter(e -> e.name().equals(name)).findFirst();
	}

	/** The example whose manifests these are (line endings aside), so its caption shows only over its own text. */
	public Optional<Example> matching(String manifests) {
		String text = manifests.replace("\r\n", "\n").strip();
		return all.stream().filter(e -> e.manifests().replace("\r\n", "\n").strip().equals(text)).findFirst();
	}

	/** The examples in a directory of example folders; none when it is absent. */
	static List<Example> fromDirectory(Path dir) {
		List<Example> out = new ArrayList<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> dirs = Files.list(dir)) {
				for (Path d : dirs.filter(Files::isDirectory).toList()) {
					Path meta = d.resolve("example.yaml");
					Path manifests = d.resolve("manifests.yaml");
					if (Files.isRegularFile(meta) && Files.isRegularFile(manifests)) {
						read(d.getFileName().toString(), Files.readString(meta), Files.readString(manifests)).ifPresent(out::add);
					}
				}
			}
			catch (IOException ex) {
				log.warn("cannot list the examples in " + dir.toAbsolutePath() + ": " + ex.getMessage());
			}
		}
		return sorted(out);
	}

	/** The examples the build copied to {@code content/examples} on the class path. */
	static List<Example> fromClasspath() {
		List<Example> out = new ArrayList<>();
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			for (Resource meta : resolver.getResources("classpath*:content/examples/*/example.yaml")) {
				Resource manifests = meta.createRelative("manifests.yaml");
				String name = name(meta);
				if (manifests.exists() && !name.isEmpty()) {
					read(name, text(meta), text(manifests)).ifPresent(out::add);
				}
			}
		}
		catch (IOException ex) {
			log.warn("cannot list the examples on the class path: " + ex.getMessage());
		}
		return sorted(out);
	}

	private static List<Example> sorted(List<Example> out) {
		out.sort(Comparator.comparingInt(Example::order).thenComparing(Example::name));
		return List.copyOf(out);
	}

	/** The folder name of {@code .../examples/<name>/example.yaml}. */
	private static String name(Resource meta) throws IOException {
		String url = meta.getURL().toString();
		String[] parts = url.split("/");
		return parts.length >= 2 ? parts[parts.length - 2] : "";
	}

	private static String text(Resource r) throws IOException {
		try (InputStream in = r.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static Optional<Example> read(String name, String meta, String manifests) {
		try {
			LoaderOptions options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			options.setAllowDuplicateKeys(false);
			Object loaded = new Yaml(new SafeConstructor(options)).load(meta);
			if (!(loaded instanceof Map<?, ?> m)) {
				log.warn("example " + name + ": example.yaml is not a mapping; left out");
				return Optional.empty();
			}
			String to = string(m, "to", "");
			if (to.isBlank()) {
				log.warn("example " + name + ": example.yaml has no 'to'; left out");
				return Optional.empty();
			}
			int order = m.get("order") instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
			return Optional.of(new Example(name, string(m, "title", name), string(m, "story", ""),
					string(m, "from", "shell"), to, order, manifests));
		}
		catch (RuntimeException ex) {
			log.warn("example " + name + ": example.yaml cannot be read (" + ex.getMessage() + "); left out");
			return Optional.empty();
		}
	}

	private static String string(Map<?, ?> m, String key, String otherwise) {
		Object v = m.get(key);
		return v == null ? otherwise : String.valueOf(v).strip();
	}
}
