package dev.portpath.sim.validate;

/**
 * Addresses and networks as Go prints them ({@code net.IP.String}, {@code IPNet.String}): the unambiguous form a
 * fix suggests when {@code StrictIPCIDRValidation} refuses what was written.
 */
final class CanonicalIps {

	private CanonicalIps() {
	}

	/**
	 * The fix for an error {@link IpRules#legacyIp} or {@link IpRules#legacyCidr} reported on {@code value}: for
	 * the strict checks, the unambiguous form to write instead; for any other, {@code otherwise}.
	 */
	static String fix(String value, String detail, String otherwise) {
		String why = " (Kubernetes 1.36 refuses ambiguous addresses: StrictIPCIDRValidation)";
		if (detail.equals("must not have leading 0s") || detail.equals("must not be an IPv4-mapped IPv6 address")) {
			return "write " + ip(value) + why;
		}
		if (detail.startsWith("must not have leading 0s in") || detail.equals("must not have an IPv4-mapped IPv6 address")) {
			int slash = value.indexOf('/');
			return "write " + ip(value.substring(0, slash)) + "/" + Integer.parseInt(value.substring(slash + 1))
					+ why;
		}
		if (detail.equals("must not have bits set beyond the prefix length")) {
			String addr = value.substring(0, value.indexOf('/'));
			return "write the network " + cidr(value) + ", or " + ip(addr) + "/"
					+ (addr.indexOf(':') < 0 ? 32 : 128) + " for the one address" + why;
		}
		return otherwise;
	}

	/** How Go's {@code net.IP.String} prints a valid address: the form a fix suggests. */
	static String ip(String s) {
		return format(IpRules.parse(s).orElseThrow().bytes());
	}

	/** How Go prints the network {@code ParseCIDRSloppy} returns for a valid CIDR: the address with its host bits cleared. */
	static String cidr(String s) {
		IpRules.Cidr c = IpRules.parseCidr(s).orElseThrow();
		byte[] b = c.network();
		if (b.length == 4) {
			byte[] mapped = new byte[16];
			mapped[10] = (byte) 0xff;
			mapped[11] = (byte) 0xff;
			System.arraycopy(b, 0, mapped, 12, 4);
			b = mapped;
		}
		return format(b) + "/" + c.prefix();
	}

	/** IPv4 (also IPv4-mapped) in dotted decimal; IPv6 in RFC 5952 form: the longest run of two or more zero groups as "::". */
	private static String format(byte[] b) {
		IpRules.Ip ip = new IpRules.Ip(b);
		if (ip.isV4()) {
			return ip.b(12) + "." + ip.b(13) + "." + ip.b(14) + "." + ip.b(15);
		}
		int[] g = new int[8];
		for (int i = 0; i < 8; i++) {
			g[i] = ip.b(2 * i) << 8 | ip.b(2 * i + 1);
		}
		int bestStart = -1;
		int bestLen = 1;
		for (int i = 0; i < 8; i++) {
			int j = i;
			while (j < 8 && g[j] == 0) {
				j++;
			}
			if (j - i > bestLen) {
				bestStart = i;
				bestLen = j - i;
			}
			i = Math.max(i, j);
		}
		StringBuilder t = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				t.append("::");
				i += bestLen - 1;
				continue;
			}
			if (t.length() > 0 && t.charAt(t.length() - 1) != ':') {
				t.append(':');
			}
			t.append(Integer.toHexString(g[i]));
		}
		return t.toString();
	}
}
