package dev.portpath.web.playground;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.KubernetesVersion;

/**
 * What the playground form posts. FROM comes from the list ({@code from}) unless something is typed in
 * {@code fromOther}; {@code pick} is set by a route-map button ({@code FROM TO}) and wins over both.
 * {@code kubernetesVersion} is the release to judge by (the default when missing or not one PortPath knows).
 * {@code method}, {@code headers} (one {@code Name: value} a line) and {@code sni} are the HTTP details;
 * {@code base} the manifests of the "compare with…" editor; {@code seen} the fingerprint of the manifests the
 * page last answered for, so that an answer knows whether the manifests changed under the request.
 */
record PlaygroundForm(@Nullable String manifests, @Nullable String from, @Nullable String fromOther,
		@Nullable String to, @Nullable String pick, @Nullable String kubernetesVersion, @Nullable String method,
		@Nullable String headers, @Nullable String sni, @Nullable String base, @Nullable String seen) {

	Playground.Input input() {
		String f = blank(fromOther) ? (blank(from) ? "shell" : from) : fromOther;
		String t = to == null ? "" : to;
		boolean picked = false;
		if (!blank(pick)) {
			String[] parts = pick.strip().split("\\s+", 2);
			if (parts.length == 2) {
				f = parts[0];
				t = parts[1];
				picked = true;
			}
		}
		KubernetesVersion version = kubernetesVersion == null ? KubernetesVersion.DEFAULT
				: KubernetesVersion.parse(kubernetesVersion).orElse(KubernetesVersion.DEFAULT);
		// A picked request is what the user asked for: it is traced as it is, never followed away from.
		return new Playground.Input(manifests == null ? "" : manifests, f, t, version, text(method), text(headers),
				text(sni), text(base), picked ? "" : text(seen));
	}

	private static String text(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
