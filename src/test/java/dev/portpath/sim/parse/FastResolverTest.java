package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The fast resolver must give every plain scalar the tag SnakeYAML's default resolver gives it. */
class FastResolverTest {

	private final Resolver slow = new Resolver();

	private final FastResolver fast = new FastResolver();

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "~", "null", "Null", "NULL", "nULL", "none", "name", "namespace", "n", "N", "no",
			"No", "NO", "nO", "yes", "Yes", "YES", "y", "Y", "true", "True", "TRUE", "tRUE", "targetPort", "t", "false",
			"off", "Off", "OFF", "on", "On", "ON", "oN", "o", "f", "8080", "80", "0", "00", "007", "0644", "089", "0x1F",
			"0b101", "-1", "+1", "1_000", "1:30", "1.5", "1e5", "1e", ".5", ".inf", ".nan", "-.inf", "2026-12-06",
			"2026-12-06T07:00:00Z", "<<", "<", "http", "HTTP", "TCP", "app.kubernetes.io/name", "10.96.0.10",
			"1.2.3.4", "65535", "99999999999999999999", "1 ", "1a", "12:34", "web", "*", "&a", "!x", "-", "+", "." })
	void sameTagAsSnakeYaml(String value) {
		assertThat(fast.resolve(NodeId.scalar, value, true)).isEqualTo(slow.resolve(NodeId.scalar, value, true));
	}

	@Test
	void sameTagForRandomShortValues() {
		Random random = new Random(42);
		String alphabet = "0123456789abcnotfyNOTFY-+._:eExX ~<";
		List<String> differ = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			StringBuilder sb = new StringBuilder();
			int n = random.nextInt(7);
			for (int k = 0; k < n; k++) {
				sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String v = sb.toString();
			if (!fast.resolve(NodeId.scalar, v, true).equals(slow.resolve(NodeId.scalar, v, true))) {
				differ.add("[" + v + "]");
			}
		}
		assertThat(differ).isEmpty();
	}
}
