package dev.portpath.sim.validate;

/**
 * The API server's feature gates that change what it accepts between the Kubernetes releases PortPath models.
 * Only gates whose default differs between those releases are here; a rule that reads one names it.
 *
 * @param strictIPCIDRValidation {@code StrictIPCIDRValidation} (KEP-4858): IPs and CIDRs in built-in objects must
 * be unambiguous (no leading zeros, no IPv4-mapped IPv6, no CIDR bits beyond the prefix). Alpha and off in v1.33 to
 * v1.35, beta and on in v1.36.
 * @param relaxedServiceNameValidation {@code RelaxedServiceNameValidation} (KEP-5311): Service names, and the
 * Service names Ingress backends refer to, are DNS-1123 labels (a digit may come first) instead of DNS-1035 labels.
 * Alpha and off in v1.34 and v1.35, beta and on in v1.36.
 */
public record FeatureGates(boolean strictIPCIDRValidation, boolean relaxedServiceNameValidation) {

	/** The gates at their v1.36 defaults, the release PortPath judges by unless told otherwise. */
	public static final FeatureGates DEFAULT = new FeatureGates(true, true);
}
