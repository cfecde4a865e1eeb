package dev.portpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.portpath.sim.parse.HelmSources;
import dev.portpath.sim.parse.Source;

/**
 * The manifests a command reads: files, directories (every {@code *.yaml}, {@code *.yml} and {@code *.json}
 * below them, in name order, as {@code kubectl apply -f DIR -R} reads them) and standard input ({@code -}).
 * A kustomization or a Helm chart found on the way is not manifests: it is skipped with the command that
 * renders it. Helm output is split at its {@code # Source:} comments so that findings name the template. The
 * bytes read are counted before reading, so a directory larger than {@code --max-bytes} costs nothing.
 */
final class Inputs {

	private static final Set<String> KUSTOMIZATION = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

	private final long maxBytes;

	private final PrintWriter err;

	private long total;

	Inputs(long maxBytes, PrintWriter err) {
		this.maxBytes = maxBytes;
		this.err = err;
	}

	List<Source> read(List<String> paths) {
		List<Source> out = new ArrayList<>();
		for (String p : paths) {
			try {
				if (p.equals("-")) {
					out.addAll(HelmSources.split(new Source("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8))));
					continue;
				}
				Path path = Path.of(p);
				if (Files.isDirectory(path)) {
					List<Path> files = directory(path);
					if (files.isEmpty()) {
						err.println("portpath: " + p + " holds no *.yaml, *.yml or *.json file");
					}
					for (Path f : files) {
						out.addAll(file(f));
					}
				}
				else {
					out.addAll(file(path));
				}
			}
			catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException ex) {
				throw new Cli.UsageException("cannot read " + p + ": " + describe(ex));
			}
		}
		return out;
	}

	private List<Source> file(Path f) throws IOException {
		total += Files.size(f);
		if (total > maxBytes) {
			throw new Cli.UsageException("the input is more than the limit of " + maxBytes + " bytes (at " + f
					+ "); raise --max-bytes to read it all");
		}
		return HelmSources.split(new Source(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
	}

	/** The manifest files below a directory, sorted; hidden directories, kustomizations and charts left out. */
	private List<Path> directory(Path dir) throws IOException {
		List<Path> files = new ArrayList<>();
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
				String name = d.getFileName() == null ? "" : d.getFileName().toString();
				if (!d.equals(dir) && name.startsWith(".")) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				for (String k : KUSTOMIZATION) {
					if (Files.isRegularFile(d.resolve(k))) {
						err.println("portpath: " + d + " is a kustomization, not manifests: render it with kubectl kustomize "
								+ d + " | portpath check --file -; skipped");
						return FileVisitResult.SKIP_SUBTREE;
					}
				}
				if (Files.isRegularFile(d.resolve("Chart.yaml"))) {
					err.println("portpath: " + d + " is a Helm chart, not manifests: render it with helm template RELEASE "
							+ d + " | portpath check --file -; skipped");
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
				String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
				if (attrs.isRegularFile() && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
					files.add(f);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		files.sort(null);
		return files;
	}

	private static String describe(Exception ex) {
		if (ex instanceof java.nio.file.NoSuchFileException) {
			return "no such file or directory";
		}
		if (ex instanceof java.nio.charset.MalformedInputException
				|| ex.getCause() instanceof java.nio.charset.MalformedInputException) {
			return "not UTF-8 text";
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}
}
