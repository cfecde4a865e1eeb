package dev.portpath.sim.model;

/** A Service port's targetPort: a number, or a name resolved per pod. Defaulted to the port when absent or 0. */
public record TargetPort(int number, String name, boolean defaulted) {

	public boolean named() {
		return !name.isEmpty();
	}

	@Override
	public String toString() {
		return named() ? name : Integer.toString(number);
	}
}
