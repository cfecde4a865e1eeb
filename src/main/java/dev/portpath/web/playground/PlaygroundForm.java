package dev.portpath.web.playground;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.KubernetesVersion;

/**
 * What the playground form posts. FROM comes from the list ({@code from}) unless something is typed in
 * {@code fromOther}; {@code pick} is set by a route-map button ({@code FROM TO}) and wins over both.
 * {@code kubernetesVersion} is the release to judge by (the default when missing or not one PortPath knows).
 */
record PlaygroundForm(@Nullable String manifests, @Nullable String from, @Nullable String fromOther,
		@Nullable String to, @Nullable String pick, @Nullable String kubernetesVersion) {

	Playground.Input input() {
		String f = blank(fromOther) ? (blank(from) ? "shell" : from) : fromOther;
		String t = to == null ? "" : to;
		if (!blank(pick)) {
			String[] parts = pick.strip().split("\\s+", 2);
			if (parts.length == 2) {
				f = parts[0];
				t = parts[1];
			}
		}
		KubernetesVersion version = kubernetesVersion == null ? KubernetesVersion.DEFAULT
				: KubernetesVersion.parse(kubernetesVersion).orElse(KubernetesVersion.DEFAULT);
		return new Playground.Input(manifests == null ? "" : manifests, f, t, version);
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}
}
