package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** validateEndpointSubsets (Endpoints) and ValidateEndpointSlice (discovery). */
class EndpointRulesTest {

	private static final String E = "The Endpoints \"web\" is invalid: ";

	private static final String ES = "The EndpointSlice \"web-1\" is invalid: ";

	/** An Endpoints object whose subsets list starts on line 5. */
	static String endpoints(String subsets) {
		return "apiVersion: v1\nkind: Endpoints\nmetadata: {name: web}\nsubsets:\n" + Cases.indent(subsets, "");
	}

	/** An EndpointSlice whose body starts on line 4. */
	static String slice(String body) {
		return "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: web-1}\n" + Cases.indent(body, "");
	}

	static Stream<Arguments> endpointsObjects() {
		String ip = "- addresses: [{ip: %s}]\n  ports: [{port: 80}]";
		String a = "L5 " + E + "subsets[0].addresses[0].ip: Invalid value: ";
		return Stream.of(
				bad("subset-without-addresses", endpoints("- ports: [{port: 80}]"),
						"L5 " + E + "subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`"),
				bad("endpoint-ip-loopback", endpoints(ip.formatted("127.0.0.1")),
						a + "\"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
				bad("endpoint-ip-link-local", endpoints(ip.formatted("169.254.169.254")),
						a + "\"169.254.169.254\": may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
				bad("endpoint-ip-link-local-ipv6", endpoints(ip.formatted("\"fe80::1\"")),
						a + "\"fe80::1\": may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
				bad("endpoint-ip-link-local-multicast", endpoints(ip.formatted("224.0.0.251")),
						a + "\"224.0.0.251\": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"),
				bad("endpoint-ip-unspecified", endpoints(ip.formatted("0.0.0.0")), a + "\"0.0.0.0\": may not be unspecified (0.0.0.0)"),
				// Both IsValidIP and ValidateNonSpecialIP complain about a name.
				bad("endpoint-ip-is-a-name", endpoints(ip.formatted("db.local")),
						a + "\"db.local\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)",
						a + "\"db.local\": must be a valid IP address"),
				bad("endpoints-second-port-name-required", endpoints("- addresses: [{ip: 10.0.0.1}]\n  ports:\n  - {name: http, port: 80}\n  - {port: 443}"),
						"L8 " + E + "subsets[0].ports[1].name: Required value"),
				bad("endpoints-port-name-upper-case", endpoints("- addresses: [{ip: 10.0.0.1}]\n  ports: [{name: Http, port: 80}]"),
						"L6 " + E + "subsets[0].ports[0].name: Invalid value: \"Http\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"),
				bad("endpoints-port-0", endpoints("- addresses: [{ip: 10.0.0.1}]\n  ports: [{port: 0}]"),
						"L6 " + E + "subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive"),
				ok("endpoints-single-unnamed-port", endpoints(ip.formatted("10.0.0.1"))),
				ok("endpoints-not-ready-addresses-only", endpoints("- notReadyAddresses: [{ip: 10.0.0.1}]")),
				ok("endpoints-ipv6-address", endpoints(ip.formatted("\"2001:db8::1\""))),
				ok("endpoints-just-outside-link-local", endpoints(ip.formatted("169.253.255.255"))),
				ok("endpoints-multicast-outside-link-local", endpoints(ip.formatted("224.0.1.1"))));
	}

	static Stream<Arguments> endpointSlices() {
		String endpoint = "addressType: IPv4\nendpoints:\n- addresses: [%s]";
		String a = "L6 " + ES + "endpoints[0].addresses[0]: Invalid value: ";
		String manyEndpoints = IntStream.range(0, 1001).mapToObj(i -> "- addresses: [10.0." + (i / 250) + "." + (i % 250 + 1) + "]")
			.collect(Collectors.joining("\n"));
		String hundredAddresses = IntStream.range(0, 100).mapToObj(i -> "10.0.0." + (i + 1)).collect(Collectors.joining(", "));
		return Stream.of(
				bad("address-type-missing", slice("endpoints: []"), "L1 " + ES + "addressType: Required value"),
				bad("address-type-lower-case", slice("addressType: ipv4"),
						"L4 " + ES + "addressType: Unsupported value: \"ipv4\": supported values: \"FQDN\", \"IPv4\", \"IPv6\""),
				bad("endpoint-without-addresses", slice("addressType: IPv4\nendpoints:\n- conditions: {ready: true}"),
						"L6 " + ES + "endpoints[0].addresses: Required value: must contain at least 1 address"),
				bad("endpoint-with-101-addresses", slice(endpoint.formatted(hundredAddresses + ", 10.0.1.1")),
						"L6 " + ES + "endpoints[0].addresses: Too many: 101: must have at most 100 items"),
				bad("slice-with-1001-endpoints", slice("addressType: IPv4\nendpoints:\n" + manyEndpoints),
						"L5 " + ES + "endpoints: Too many: 1001: must have at most 1000 items"),
				bad("ipv6-address-in-ipv4-slice", slice(endpoint.formatted("\"2001:db8::1\"")), a + "\"2001:db8::1\": must be a valid IPv4 address"),
				bad("ipv4-address-in-ipv6-slice", slice("addressType: IPv6\nendpoints:\n- addresses: [10.0.0.1]"),
						a + "\"10.0.0.1\": must be a valid IPv6 address"),
				bad("slice-address-loopback", slice(endpoint.formatted("127.0.0.1")),
						a + "\"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
				bad("fqdn-single-label", slice("addressType: FQDN\nendpoints:\n- addresses: [db]"),
						a + "\"db\": should be a domain with at least two segments separated by dots"),
				bad("slice-port-names-twice", slice("addressType: IPv4\nports:\n- {name: http, port: 80}\n- {name: http, port: 8080}"),
						"L7 " + ES + "ports[1].name: Duplicate value: \"http\""),
				bad("slice-two-unnamed-ports", slice("addressType: IPv4\nports:\n- port: 80\n- port: 8080"),
						"L7 " + ES + "ports[1].name: Duplicate value: \"\""),
				bad("slice-port-name-with-dot", slice("addressType: IPv4\nports:\n- {name: http.v2, port: 80}"),
						"L6 " + ES + "ports[0].name: Invalid value: \"http.v2\": must not contain dots"),
				bad("slice-port-protocol-http", slice("addressType: IPv4\nports:\n- {port: 80, protocol: HTTP}"),
						"L6 " + ES + "ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
				ok("slice-with-100-addresses", slice(endpoint.formatted(hundredAddresses))),
				ok("slice-with-1000-endpoints", slice("addressType: IPv4\nendpoints:\n" + manyEndpoints.substring(0, manyEndpoints.lastIndexOf("\n")))),
				ok("slice-without-endpoints", slice("addressType: IPv6\nports: [{name: first-port, port: 3000, protocol: TCP}]")),
				ok("slice-fqdn-with-trailing-dot", slice("addressType: FQDN\nendpoints:\n- addresses: [db.example.com.]")),
				ok("slice-port-without-number", slice("addressType: IPv4\nports: [{name: http}]")),
				// DVAL does not range-check EndpointSlice port numbers (only Endpoints ports).
				ok("slice-port-number-not-range-checked", slice("addressType: IPv4\nports: [{name: http, port: 0}]")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "endpointsObjects", "endpointSlices" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
