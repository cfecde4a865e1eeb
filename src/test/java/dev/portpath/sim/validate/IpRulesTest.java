package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address parsing as ParseIPSloppy/ParseCIDRSloppy do it, without any name lookups. */
class IpRulesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ipv4                       | 10.0.0.1                | true  | true
			ipv4-leading-zeros-sloppy  | 010.001.0.1             | true  | true
			ipv4-octet-256             | 256.0.0.1               | false | false
			ipv4-three-octets          | 10.0.1                  | false | false
			ipv4-five-octets           | 10.0.0.1.1              | false | false
			ipv4-with-space            | ' 10.0.0.1'             | false | false
			ipv6-unspecified           | ::                      | true  | false
			ipv6-loopback              | ::1                     | true  | false
			ipv6-full                  | 1:2:3:4:5:6:7:8         | true  | false
			ipv6-compressed            | 2001:db8::ffff          | true  | false
			ipv6-with-ipv4-tail        | 1:2:3:4:5:6:1.2.3.4     | true  | false
			ipv4-mapped-counts-as-v4   | ::ffff:10.0.0.1         | true  | true
			ipv6-nine-groups           | 1:2:3:4:5:6:7:8:9       | false | false
			ipv6-two-double-colons     | 1::2::3                 | false | false
			ipv6-zone                  | fe80::1%eth0            | false | false
			ipv6-brackets              | [::1]                   | false | false
			ipv6-ipv4-before-gap       | 1.2.3.4::               | false | false
			ipv6-group-too-long        | 12345::                 | false | false
			ipv6-not-hex               | g::1                    | false | false
			host-name                  | localhost               | false | false
			""")
	void parse(String name, String input, boolean valid, boolean v4) {
		assertThat(IpRules.isValid(input)).isEqualTo(valid);
		assertThat(IpRules.parse(input).map(IpRules.Ip::isV4).orElse(false)).isEqualTo(v4);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			cidr-ipv4                  | 10.0.0.0/8     | true
			cidr-ipv4-host-bits-set    | 10.0.0.1/8     | true
			cidr-ipv6-all              | ::/0           | true
			cidr-ipv4-prefix-33        | 10.0.0.0/33    | false
			cidr-ipv6-prefix-129       | ::/129         | false
			cidr-without-prefix        | 10.0.0.0       | false
			cidr-empty-prefix          | 10.0.0.0/      | false
			cidr-negative-prefix       | 10.0.0.0/-1    | false
			""")
	void cidr(String name, String input, boolean valid) {
		assertThat(IpRules.isValidCidr(input)).isEqualTo(valid);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			routable-ipv4              | 10.0.0.1          | ''
			unspecified-ipv6           | ::                | may not be unspecified (::)
			mapped-loopback            | ::ffff:127.0.0.2  | may not be in the loopback range (127.0.0.0/8, ::1/128)
			link-local-ipv6            | fe80::abcd        | may not be in the link-local range (169.254.0.0/16, fe80::/10)
			link-local-multicast-ipv6  | ff02::fb          | may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)
			multicast-ipv6-global      | ff0e::1           | ''
			""")
	void nonSpecial(String name, String input, String expected) {
		assertThat(String.join(";", IpRules.nonSpecial(input))).isEqualTo(expected);
	}

	/** IsValidIPForLegacyField: sloppy parsing, plus the checks StrictIPCIDRValidation adds (on in 1.36). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			plain-ipv4                 | 10.0.0.1          | ''                               | ''
			leading-zero-octet         | 10.0.0.01         | ''                               | must not have leading 0s
			zero-octet-alone-is-fine   | 10.0.0.0          | ''                               | ''
			leading-zero-in-ipv6-tail  | ::ffff:1.2.3.04   | ''                               | must not have leading 0s
			ipv4-mapped                | ::ffff:10.0.0.1   | ''                               | must not be an IPv4-mapped IPv6 address
			ipv4-compatible-is-ipv6    | ::10.0.0.1        | ''                               | ''
			ipv6-group-leading-zeros   | 2001:0db8::0001   | ''                               | ''
			not-an-address             | 10.0.0            | must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff) | must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)
			""")
	void legacyIp(String name, String input, String v135, String v136) {
		assertThat(String.join(";", IpRules.legacyIp(input, false))).isEqualTo(v135);
		assertThat(String.join(";", IpRules.legacyIp(input, true))).isEqualTo(v136);
	}

	/** IsValidCIDRForLegacyField: at most one strict error, in the order parseCIDR checks them. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			network                    | 10.0.0.0/8          | ''
			host-bits-set              | 10.0.0.1/8          | must not have bits set beyond the prefix length
			single-address             | 10.0.0.1/32         | ''
			leading-zero-in-address    | 10.0.0.00/8         | must not have leading 0s in IP or prefix length
			leading-zero-in-prefix     | 10.0.0.0/08         | must not have leading 0s in IP or prefix length
			leading-zeros-before-bits  | 10.0.0.01/8         | must not have leading 0s in IP or prefix length
			ipv4-mapped                | ::ffff:10.0.0.0/104 | must not have an IPv4-mapped IPv6 address
			ipv6-host-bits             | 2001:db8::1/64      | must not have bits set beyond the prefix length
			ipv6-network               | 2001:db8::/64       | ''
			""")
	void legacyCidr(String name, String input, String strict) {
		assertThat(IpRules.legacyCidr(input, false)).isEmpty();
		assertThat(String.join(";", IpRules.legacyCidr(input, true))).isEqualTo(strict);
	}
}
