package dev.portpath.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpOptions;

/**
 * The HTTP fields of a trace request (trace contract 1.1): {@code "method"}, {@code "sni"}, and
 * {@code "headers"} as an object of name to value, or as a list of {@code [name, value]} pairs where a name
 * repeats. Only the shape is read here; the engine judges names, values and counts.
 */
final class HttpFields {

	private HttpFields() {
	}

	static HttpOptions of(String method, Object headers, String sni) {
		return new HttpOptions(Optional.ofNullable(method), headers(headers), Optional.ofNullable(sni));
	}

	private static List<Header> headers(Object headers) {
		List<Header> out = new ArrayList<>();
		if (headers == null) {
			return out;
		}
		if (headers instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				out.add(new Header(String.valueOf(e.getKey()), text(e.getValue())));
			}
			return out;
		}
		if (headers instanceof List<?> list) {
			for (Object item : list) {
				if (!(item instanceof List<?> pair) || pair.size() != 2 || pair.get(0) == null) {
					throw shape();
				}
				out.add(new Header(String.valueOf(pair.get(0)), text(pair.get(1))));
			}
			return out;
		}
		throw shape();
	}

	private static String text(Object value) {
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		throw new BadRequestException("a header value in \"headers\" is a string, not " + (value == null ? "null"
				: value instanceof Map ? "an object" : "a list"));
	}

	private static BadRequestException shape() {
		return new BadRequestException("\"headers\" is an object of name to value ({\"X-Canary\": \"true\"}) or a list of"
				+ " [name, value] pairs ([[\"X-Canary\", \"true\"], [\"X-Canary\", \"false\"]])");
	}
}
