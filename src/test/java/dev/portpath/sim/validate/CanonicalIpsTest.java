package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unambiguous forms a StrictIPCIDRValidation fix suggests. */
class CanonicalIpsTest {

	/** The forms a fix suggests: how Go prints the address (net.IP.String) and the network (IPNet.String). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ipv4-leading-zeros         | 010.001.0.1         | 10.1.0.1
			ipv4-mapped                | ::ffff:10.0.0.1     | 10.0.0.1
			ipv6-longest-zero-run      | 2001:0:0:1:0:0:0:1  | 2001:0:0:1::1
			ipv6-first-of-equal-runs   | 1:0:0:2:0:0:3:4     | 1::2:0:0:3:4
			ipv6-one-zero-group-kept   | 1:2:3:4:5:6:0:8     | 1:2:3:4:5:6:0:8
			ipv6-all-zero              | 0:0:0:0:0:0:0:0     | ::
			""")
	void canonicalIp(String name, String input, String expected) {
		assertThat(CanonicalIps.ip(input)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ipv4-host-bits             | 203.0.113.7/24      | 203.0.113.0/24
			ipv6-host-bits             | 2001:db8::1/64      | 2001:db8::/64
			""")
	void canonicalCidr(String name, String input, String expected) {
		assertThat(CanonicalIps.cidr(input)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			leading-zero         | 10.96.0.050    | must not have leading 0s                         | write 10.96.0.50 (Kubernetes 1.36 refuses ambiguous addresses: StrictIPCIDRValidation)
			prefix-leading-zero  | 10.0.0.0/08    | must not have leading 0s in IP or prefix length  | write 10.0.0.0/8 (Kubernetes 1.36 refuses ambiguous addresses: StrictIPCIDRValidation)
			host-bits            | 10.0.0.1/8     | must not have bits set beyond the prefix length  | write the network 10.0.0.0/8, or 10.0.0.1/32 for the one address (Kubernetes 1.36 refuses ambiguous addresses: StrictIPCIDRValidation)
			not-an-address       | x              | must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) | write an IP address
			""")
	void fix(String name, String value, String detail, String expected) {
		assertThat(CanonicalIps.fix(value, detail, "write an IP address")).isEqualTo(expected);
	}
}
