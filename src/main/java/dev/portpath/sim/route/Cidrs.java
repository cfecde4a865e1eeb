package dev.portpath.sim.route;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** CIDR containment for ipBlock rules, IPv4 and IPv6, without name resolution. */
final class Cidrs {

	private Cidrs() {
	}

	static boolean contains(String cidr, String ip) {
		int slash = cidr.indexOf('/');
		if (slash < 0 || !Ips.isIp(ip) || !Ips.isIp(cidr.substring(0, slash))) {
			return false;
		}
		try {
			byte[] net = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
			byte[] addr = InetAddress.getByName(ip).getAddress();
			if (net.length != addr.length) {
				return false;
			}
			int bits = Integer.parseInt(cidr.substring(slash + 1));
			int total = net.length * 8;
			if (bits < 0 || bits > total) {
				return false;
			}
			BigInteger mask = bits == 0 ? BigInteger.ZERO
					: BigInteger.ONE.shiftLeft(total).subtract(BigInteger.ONE).shiftRight(total - bits).shiftLeft(total - bits);
			return new BigInteger(1, net).and(mask).equals(new BigInteger(1, addr).and(mask));
		}
		catch (UnknownHostException | NumberFormatException ex) {
			return false;
		}
	}
}
