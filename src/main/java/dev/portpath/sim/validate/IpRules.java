package dev.portpath.sim.validate;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IP parsing as {@code k8s.io/utils/net.ParseIPSloppy} does it (IPv4 octets may have leading zeros; no
 * zones, no brackets), the stricter checks {@code IsValidIPForLegacyField} and {@code IsValidCIDRForLegacyField}
 * add under {@code StrictIPCIDRValidation}, and the "special address" checks of {@code ValidateNonSpecialIP}.
 * Pure parsing: never resolves names.
 */
final class IpRules {

	static final String INVALID_IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";

	static final String INVALID_CIDR = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";

	/** A parsed address: 16 bytes, IPv4 stored as IPv4-mapped IPv6 like Go's {@code net.IP}. */
	record Ip(byte[] bytes) {

		/** Go's {@code To4() != nil}: a plain or IPv4-mapped IPv4 address. */
		boolean isV4() {
			for (int i = 0; i < 10; i++) {
				if (bytes[i] != 0) {
					return false;
				}
			}
			return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		}

		int b(int i) {
			return bytes[i] & 0xff;
		}

		long v4() {
			return ((long) b(12) << 24) | (b(13) << 16) | (b(14) << 8) | b(15);
		}

		boolean unspecified() {
			if (isV4()) {
				return v4() == 0;
			}
			for (byte x : bytes) {
				if (x != 0) {
					return false;
				}
			}
			return true;
		}

		boolean loopback() {
			if (isV4()) {
				return b(12) == 127;
			}
			for (int i = 0; i < 15; i++) {
				if (bytes[i] != 0) {
					return false;
				}
			}
			return b(15) == 1;
		}

		boolean linkLocalUnicast() {
			if (isV4()) {
				return b(12) == 169 && b(13) == 254;
			}
			return b(0) == 0xfe && (b(1) & 0xc0) == 0x80;
		}

		boolean linkLocalMulticast() {
			if (isV4()) {
				return b(12) == 224 && b(13) == 0 && b(14) == 0;
			}
			return b(0) == 0xff && (b(1) & 0x0f) == 0x02;
		}
	}

	private IpRules() {
	}

	static Optional<Ip> parse(String s) {
		if (s.indexOf(':') < 0) {
			byte[] v4 = parseV4(s);
			if (v4 == null) {
				return Optional.empty();
			}
			byte[] b = new byte[16];
			b[10] = (byte) 0xff;
			b[11] = (byte) 0xff;
			System.arraycopy(v4, 0, b, 12, 4);
			return Optional.of(new Ip(b));
		}
		byte[] v6 = parseV6(s);
		return v6 == null ? Optional.empty() : Optional.of(new Ip(v6));
	}

	static boolean isValid(String s) {
		return parse(s).isPresent();
	}

	/**
	 * Mirrors {@code IsValidIPForLegacyField}: the detail strings for a value that is not an IP address, or, with
	 * {@code strict} ({@code StrictIPCIDRValidation}), one that other software could read as another address.
	 */
	static List<String> legacyIp(String s, boolean strict) {
		Optional<Ip> ip = parse(s);
		if (ip.isEmpty()) {
			return List.of(INVALID_IP);
		}
		if (!strict) {
			return List.of();
		}
		if (hasLeadingZeros(s)) {
			// libc reads a 0-prefixed octet as octal, Go as decimal (CVE-2021-29923).
			return List.of("must not have leading 0s");
		}
		if (isFourInSix(s, ip.get())) {
			return List.of("must not be an IPv4-mapped IPv6 address");
		}
		return List.of();
	}

	/**
	 * Mirrors {@code IsValidCIDRForLegacyField}: the detail strings for a value that is not a CIDR, or, with
	 * {@code strict} ({@code StrictIPCIDRValidation}), an ambiguous one (at most one of these, in this order).
	 */
	static List<String> legacyCidr(String s, boolean strict) {
		if (!isValidCidr(s)) {
			return List.of(INVALID_CIDR);
		}
		if (!strict) {
			return List.of();
		}
		int slash = s.indexOf('/');
		String addr = s.substring(0, slash);
		String bits = s.substring(slash + 1);
		if (hasLeadingZeros(addr) || (bits.length() > 1 && bits.charAt(0) == '0')) {
			return List.of("must not have leading 0s in IP or prefix length");
		}
		if (isFourInSix(addr, parse(addr).orElseThrow())) {
			return List.of("must not have an IPv4-mapped IPv6 address");
		}
		byte[] all = parse(addr).orElseThrow().bytes();
		byte[] written = addr.indexOf(':') < 0 ? java.util.Arrays.copyOfRange(all, 12, 16) : all;
		if (!java.util.Arrays.equals(written, parseCidr(s).orElseThrow().network())) {
			return List.of("must not have bits set beyond the prefix length");
		}
		return List.of();
	}

	/** An octet of the dotted IPv4 part (the whole text, or the tail of an IPv6 text) written with a leading 0. */
	private static boolean hasLeadingZeros(String s) {
		String v4 = s.substring(s.lastIndexOf(':') + 1);
		if (v4.indexOf('.') < 0) {
			return false;
		}
		for (String octet : v4.split("\\.", -1)) {
			if (octet.length() > 1 && octet.charAt(0) == '0') {
				return true;
			}
		}
		return false;
	}

	/** Go's {@code netip.Addr.Is4In6}: written as IPv6, but an IPv4-mapped address ({@code ::ffff:a.b.c.d}). */
	private static boolean isFourInSix(String text, Ip ip) {
		return text.indexOf(':') >= 0 && ip.isV4();
	}

	/** Mirrors {@code ValidateNonSpecialIP}/{@code ValidateEndpointIP}: the detail strings that apply. */
	static List<String> nonSpecial(String s) {
		List<String> errs = new ArrayList<>();
		Optional<Ip> parsed = parse(s);
		if (parsed.isEmpty()) {
			errs.add("must be a valid IP address");
			return errs;
		}
		Ip ip = parsed.get();
		if (ip.unspecified()) {
			errs.add("may not be unspecified (" + s + ")");
		}
		if (ip.loopback()) {
			errs.add("may not be in the loopback range (127.0.0.0/8, ::1/128)");
		}
		if (ip.linkLocalUnicast()) {
			errs.add("may not be in the link-local range (169.254.0.0/16, fe80::/10)");
		}
		if (ip.linkLocalMulticast()) {
			errs.add("may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)");
		}
		return errs;
	}

	/** Mirrors {@code ParseCIDRSloppy} succeeding. */
	static boolean isValidCidr(String s) {
		int slash = s.indexOf('/');
		if (slash < 0) {
			return false;
		}
		String addr = s.substring(0, slash);
		String mask = s.substring(slash + 1);
		int bits = addr.indexOf(':') < 0 ? 32 : 128;
		if (parse(addr).isEmpty() || mask.isEmpty() || mask.length() > 6) {
			return false;
		}
		for (char c : mask.toCharArray()) {
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return Integer.parseInt(mask) <= bits;
	}

	/**
	 * A CIDR as {@code ParseCIDRSloppy} returns its network: the address bytes Go keeps (4 for an IPv4
	 * text, 16 otherwise) with the host bits cleared, and the prefix length.
	 */
	record Cidr(byte[] network, int prefix) {

		int bits() {
			return network.length * 8;
		}

		/** Go's {@code IPNet.Contains}: an IPv4(-mapped) address is compared as 4 bytes, and must match the net's length. */
		boolean contains(byte[] ip) {
			byte[] x = ip;
			if (ip.length == 16 && isMapped(ip)) {
				x = new byte[4];
				System.arraycopy(ip, 12, x, 0, 4);
			}
			if (x.length != network.length) {
				return false;
			}
			for (int i = 0; i < x.length; i++) {
				int m = maskByte(prefix, i);
				if ((x[i] & m) != (network[i] & m)) {
					return false;
				}
			}
			return true;
		}

		/** Mirrors the except check of {@code ValidateIPBlock}: inside {@code this} and with a longer prefix. */
		boolean hasStrictSubset(Cidr inner) {
			return contains(inner.network()) && prefix < inner.prefix();
		}
	}

	/** Parses a CIDR the way {@code ParseCIDRSloppy} does; empty exactly when {@link #isValidCidr} is false. */
	static Optional<Cidr> parseCidr(String s) {
		if (!isValidCidr(s)) {
			return Optional.empty();
		}
		int slash = s.indexOf('/');
		String addr = s.substring(0, slash);
		int prefix = Integer.parseInt(s.substring(slash + 1));
		byte[] all = parse(addr).orElseThrow().bytes();
		byte[] ip;
		if (addr.indexOf(':') < 0) {
			ip = new byte[4];
			System.arraycopy(all, 12, ip, 0, 4);
		}
		else {
			ip = all.clone();
		}
		for (int i = 0; i < ip.length; i++) {
			ip[i] = (byte) (ip[i] & maskByte(prefix, i));
		}
		return Optional.of(new Cidr(ip, prefix));
	}

	private static int maskByte(int prefix, int i) {
		int ones = Math.max(0, Math.min(8, prefix - i * 8));
		return (0xff << (8 - ones)) & 0xff;
	}

	private static boolean isMapped(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}

	/** CEL's {@code isIP}: a strict address (no leading zeros in IPv4 octets, no zone). */
	static boolean isStrictIp(String s) {
		if (s.indexOf(':') >= 0) {
			return isValid(s) && s.indexOf('%') < 0;
		}
		String[] parts = s.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String p : parts) {
			if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0') || !p.chars().allMatch(Character::isDigit)
					|| Integer.parseInt(p) > 255) {
				return false;
			}
		}
		return true;
	}

	private static byte @Nullable [] parseV4(String s) {
		String[] parts = s.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		byte[] out = new byte[4];
		for (int i = 0; i < 4; i++) {
			String p = parts[i];
			if (p.isEmpty() || p.length() > 9) {
				return null;
			}
			int n = 0;
			for (char c : p.toCharArray()) {
				if (c < '0' || c > '9') {
					return null;
				}
				n = n * 10 + (c - '0');
			}
			if (n > 255) {
				return null;
			}
			out[i] = (byte) n;
		}
		return out;
	}

	private static byte @Nullable [] parseV6(String s) {
		byte[] out = new byte[16];
		int dbl = s.indexOf("::");
		if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
			return null;
		}
		String head = dbl >= 0 ? s.substring(0, dbl) : s;
		String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
		List<Integer> hs = groups(head);
		List<Integer> ts = groups(tail);
		if (hs == null || ts == null) {
			return null;
		}
		// An embedded IPv4 address may only close the address.
		if (dbl >= 0 && hs.contains(-1)) {
			return null;
		}
		int total = count(hs) + count(ts);
		if (dbl < 0 ? total != 8 : total > 7) {
			return null;
		}
		int pos = 0;
		pos = fill(out, pos, hs);
		if (pos < 0) {
			return null;
		}
		if (dbl >= 0) {
			pos = 16 - count(ts) * 2;
		}
		return fill(out, pos, ts) < 0 ? null : out;
	}

	/** Hex groups as values; an embedded dotted IPv4 becomes two values, marked by a trailing -1. */
	private static @Nullable List<Integer> groups(String s) {
		List<Integer> out = new ArrayList<>();
		if (s.isEmpty()) {
			return out;
		}
		String[] parts = s.split(":", -1);
		for (int i = 0; i < parts.length; i++) {
			String p = parts[i];
			if (i == parts.length - 1 && p.indexOf('.') >= 0) {
				byte[] v4 = parseV4(p);
				if (v4 == null) {
					return null;
				}
				out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
				out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
				out.add(-1);
				continue;
			}
			if (p.isEmpty() || p.length() > 4) {
				return null;
			}
			int v = 0;
			for (char c : p.toCharArray()) {
				boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
				if (!hex) {
					return null;
				}
				v = v * 16 + Character.digit(c, 16);
			}
			out.add(v);
		}
		return out;
	}

	private static int count(List<Integer> gs) {
		int n = 0;
		for (int g : gs) {
			if (g >= 0) {
				n++;
			}
		}
		return n;
	}

	private static int fill(byte[] out, int pos, List<Integer> gs) {
		for (int g : gs) {
			if (g < 0) {
				continue;
			}
			if (pos > 14) {
				return -1;
			}
			out[pos] = (byte) (g >> 8);
			out[pos + 1] = (byte) g;
			pos += 2;
		}
		return pos;
	}
}
