package dev.portpath.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers for a request it cannot read at all, before any of PortPath sees it: a request line or
 * headers over {@code server.max-http-request-header-size} (a share link edited by hand past 64 KB, say; a link PortPath makes is shorter), or
 * a malformed request line. Tomcat's own page says only "HTTP Status 400 – Bad Request". This one names the
 * limit and what to do instead; under {@code /api/} it is the contract's JSON error. Errors that reach the
 * application keep its error pages and JSON: they are written before this valve looks at the response.
 */
@Component
class UnreadableRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final DataSize headerLimit;

	UnreadableRequests(ServerProperties server) {
		this.headerLimit = server.getMaxHttpRequestHeaderSize();
	}

	/** After Spring Boot's customizer, which adds the plain ErrorReportValve this one replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (!(context.getParent() instanceof StandardHost host)) {
				return;
			}
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new Report(sentence(headerLimit)));
			// the host adds a valve of this class when it starts and finds none: Tomcat's own, which shows
			// the exception and the server's version, unless it is told this one is its error report
			host.setErrorReportValveClass(Report.class.getName());
		});
	}

	/** What is wrong with an unreadable request, and what to do instead. */
	static String sentence(DataSize headerLimit) {
		return "PortPath could not read this request: its address or headers are malformed, or longer than the "
				+ headerLimit.toKilobytes() + " KB it accepts. The share links PortPath makes fit; for longer "
				+ "manifests, paste them into the playground, or POST them to /api/v1/trace or /api/v1/check.";
	}

	/** The host's error report: a short page (or JSON under /api/) for an error nothing has answered yet. */
	static final class Report extends ErrorReportValve {

		private final String sentence;

		Report(String sentence) {
			this.sentence = sentence;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String uri = request.getCoyoteRequest().requestURI().toString(); // raw: an unreadable request is never decoded
			boolean api = uri != null && uri.startsWith("/api/");
			// Tomcat answers 400 for what it cannot parse or will not hold; anything else it refuses (a protocol
			// version, a transfer coding) is said by its status alone
			String said = status == 400 ? sentence : "PortPath could not read this request (HTTP " + status + ").";
			// the JSON API's error shape, as RequestSizeLimit writes it
			String body = api ? "{\"error\":\"" + jsonEscape(said) + "\",\"line\":0}" : page(status, said);
			try {
				response.setContentType(api ? "application/json" : "text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setHeader("X-Content-Type-Options", "nosniff");
				// SecurityHeaders, a filter, never sees this request: the page needs only the stylesheet
				response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the response was committed meanwhile: nothing left to tell anyone
			}
		}

		private static String page(int status, String sentence) {
			return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
					+ " · PortPath</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
					+ "<body><main id=\"main\" class=\"doc\"><h1>This request could not be read</h1><p>" + HtmlUtils.htmlEscape(sentence)
					+ "</p><p><a href=\"/playground\">Open the playground</a></p></main></body></html>\n";
		}

		private static String jsonEscape(String s) {
			return s.replace("\\", "\\\\").replace("\"", "\\\"");
		}
	}
}
