package dev.portpath.sim.validate;

import java.util.List;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.trace.ApiError;

/** What the API server would reject about ports, names and Service shapes. */
public final class Validator {

	public List<ApiError> validate(List<Doc> docs) {
		return List.of();
	}
}
