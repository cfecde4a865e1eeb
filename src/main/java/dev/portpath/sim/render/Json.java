package dev.portpath.sim.render;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One configured JSON writer: indented, keys in the order the renderers put them. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Json() {
	}

	static String write(Object tree) {
		return MAPPER.writeValueAsString(tree) + "\n";
	}
}
