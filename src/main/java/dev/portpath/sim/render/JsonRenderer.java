package dev.portpath.sim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpResult;
import dev.portpath.sim.trace.Mirror;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Trace;

/** The trace and findings JSON of the trace contract (extended, never renamed). */
public final class JsonRenderer {

	/** The release the answers were judged by, which each one names. */
	private final KubernetesVersion version;

	public JsonRenderer(KubernetesVersion version) {
		this.version = version;
	}

	public JsonRenderer() {
		this(KubernetesVersion.DEFAULT);
	}

	public String trace(Trace t) {
		return Json.write(traceTree(t));
	}

	public Map<String, Object> traceTree(Trace t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("outcome", t.outcome().name());
		m.put("symptom", t.symptom());
		List<Object> hops = new ArrayList<>();
		for (Hop h : t.hops()) {
			Map<String, Object> hop = new LinkedHashMap<>();
			hop.put("step", h.step().word());
			hop.put("status", h.status().json());
			hop.put("from", h.from());
			hop.put("to", h.to());
			hop.put("message", h.message());
			if (!h.fix().isEmpty()) {
				hop.put("fix", h.fix());
			}
			hop.put("refs", h.refs().stream().map(JsonRenderer::ref).toList());
			hops.add(hop);
		}
		m.put("hops", hops);
		t.delivered().ifPresent(e -> m.put("delivered", endpoint(e)));
		m.put("endpoints", t.endpoints().stream().map(JsonRenderer::endpoint).toList());
		m.put("errors", t.errors().stream().map(JsonRenderer::error).toList());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("from", t.request().from());
		request.put("to", t.request().to());
		HttpResult http = t.http();
		http.request().ifPresent(r -> request.putAll(message(r, true)));
		http.sni().ifPresent(sni -> request.put("sni", sni));
		m.put("request", request);
		http.received().ifPresent(r -> m.put("received", message(r, false)));
		http.redirect().ifPresent(r -> {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("status", r.status());
			x.put("location", r.location());
			if (r.loop()) {
				x.put("loop", true);
			}
			m.put("redirect", x);
		});
		http.mirrors().ifPresent(list -> m.put("mirrors", list.stream().map(JsonRenderer::mirror).toList()));
		http.responseHeaders().ifPresent(h -> m.put("responseHeaders", h));
		if (!t.notes().isEmpty()) {
			m.put("notes", t.notes());
		}
		if (!t.notSimulated().isEmpty()) {
			m.put("notSimulatedKinds", t.notSimulated().stream().map(JsonRenderer::notSimulated).toList());
		}
		m.put("kubernetes", version.label());
		return m;
	}

	public String check(CheckReport r) {
		return Json.write(checkTree(r));
	}

	public Map<String, Object> checkTree(CheckReport r) {
		Map<String, Object> m = new LinkedHashMap<>();
		List<Object> findings = new ArrayList<>();
		for (Finding f : r.findings()) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("severity", f.severity().json());
			x.put("code", f.code());
			x.put("message", f.message());
			x.put("file", f.file());
			x.put("line", f.line());
			x.put("path", f.path());
			x.put("fix", f.fix());
			findings.add(x);
		}
		m.put("findings", findings);
		if (!r.suppressed().isEmpty()) {
			List<Object> suppressed = new ArrayList<>();
			for (CheckReport.Suppressed s : r.suppressed()) {
				Map<String, Object> x = new LinkedHashMap<>();
				x.put("severity", s.finding().severity().json());
				x.put("code", s.finding().code());
				x.put("message", s.finding().message());
				x.put("file", s.finding().file());
				x.put("line", s.finding().line());
				x.put("path", s.finding().path());
				x.put("fix", s.finding().fix());
				x.put("suppressedBy", s.by());
				suppressed.add(x);
			}
			m.put("suppressed", suppressed);
		}
		m.put("errors", r.errors().stream().map(JsonRenderer::error).toList());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("error", r.count(Finding.Severity.ERROR));
		summary.put("warning", r.count(Finding.Severity.WARNING));
		summary.put("info", r.count(Finding.Severity.INFO));
		m.put("summary", summary);
		m.put("notSimulated", r.notSimulated());
		if (!r.notSimulatedKinds().isEmpty()) {
			m.put("notSimulatedKinds", r.notSimulatedKinds().stream().map(JsonRenderer::notSimulated).toList());
		}
		m.put("kubernetes", version.label());
		return m;
	}

	static Map<String, Object> ref(Ref r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", r.file());
		m.put("line", r.line());
		m.put("path", r.path());
		return m;
	}

	/** An HTTP request as the contract writes it: what was sent (with scheme and port), or what was received. */
	static Map<String, Object> message(HttpMessage r, boolean sent) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("method", r.method());
		if (sent) {
			m.put("scheme", r.scheme());
		}
		m.put("host", r.host());
		if (sent) {
			m.put("port", r.port());
		}
		m.put("path", r.path());
		if (!r.query().isEmpty()) {
			m.put("query", r.query());
		}
		m.put("headers", r.headers());
		return m;
	}

	static Map<String, Object> mirror(Mirror x) {
		Map<String, Object> m = endpoint(x.endpoint());
		double p = x.percent();
		m.put("percent", p == Math.rint(p) ? (Object) Integer.valueOf((int) p) : (Object) Double.valueOf(p));
		return m;
	}

	static Map<String, Object> endpoint(Endpoint e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("namespace", e.namespace());
		m.put("pod", e.pod());
		m.put("container", e.container());
		m.put("port", e.port());
		return m;
	}

	/** One kind not simulated; {@code advice} is left out when there is nothing to do, as a hop's fix is. */
	static Map<String, Object> notSimulated(NotSimulated n) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("what", n.what());
		m.put("group", n.group());
		m.put("effect", n.effect().json());
		m.put("count", n.count());
		m.put("message", n.message());
		if (!n.advice().isEmpty()) {
			m.put("advice", n.advice());
		}
		m.put("refs", n.refs().stream().map(JsonRenderer::ref).toList());
		return m;
	}

	static Map<String, Object> error(ApiError e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", e.file());
		m.put("line", e.line());
		m.put("path", e.path());
		m.put("message", e.message());
		if (!e.fix().isEmpty()) {
			m.put("fix", e.fix());
		}
		return m;
	}
}
