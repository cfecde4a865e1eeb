package dev.portpath.sim.route;

/** {@code port-forward:[NS/]KIND/NAME:PORT}: kubectl port-forward to a pod, workload or Service. */
public record PortForward(String namespace, String kind, String name, String port) {

	public boolean named() {
		return !port.chars().allMatch(Character::isDigit);
	}
}
