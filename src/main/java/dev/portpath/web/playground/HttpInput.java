package dev.portpath.web.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpOptions;

/**
 * The playground's HTTP fields as the engine takes them: the method (blank for the default), the headers as
 * the form's text area holds them, one {@code Name: value} a line (blank lines skipped), and the SNI. Only the
 * shape is read here; the engine judges names and values, as for the JSON API.
 */
final class HttpInput {

	private HttpInput() {
	}

	static HttpOptions parse(String method, String headers, String sni) {
		List<Header> out = new ArrayList<>();
		String[] lines = headers.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new BadRequestException("line " + (i + 1) + " of the headers, \"" + line + "\", has no name before"
						+ " a ':'; write one header a line as Name: value (X-Canary: true)");
			}
			out.add(new Header(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
		}
		String m = method.strip().toUpperCase(Locale.ROOT);
		return new HttpOptions(m.isEmpty() ? Optional.empty() : Optional.of(m), out,
				sni.isBlank() ? Optional.empty() : Optional.of(sni.strip()));
	}
}
