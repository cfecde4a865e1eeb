package dev.portpath.sim.route;

import java.util.Optional;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Redirect;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;

/**
 * The ingress-nginx annotations that answer or change a request, as ingress-nginx reads them (labelled as
 * its behaviour, not the Ingress API's), in the order its nginx configuration runs them: app-root (for /),
 * permanent-redirect and temporal-redirect, ssl-redirect (on by default for a host with TLS) and
 * force-ssl-redirect, then rewrite-target (which makes the paths regular expressions, as use-regex does).
 * ingress-nginx was retired in March 2026; each hop names the Gateway API way to do the same.
 */
public final class IngressNginx {

	static final String PREFIX = "nginx.ingress.kubernetes.io/";

	static final String RETIRED = "ingress-nginx was retired in March 2026";

	private final Cluster cluster;

	IngressNginx(Context c) {
		this.cluster = c.cluster();
	}

	static Optional<String> annotation(Ingress ing, String name) {
		return annotationNode(ing, name).text().map(String::trim);
	}

	private static YNode annotationNode(Ingress ing, String name) {
		return ing.doc().root().path("metadata", "annotations").get(PREFIX + name);
	}

	private static boolean on(Ingress ing, String name) {
		return annotation(ing, name).map(v -> v.equalsIgnoreCase("true")).orElse(false);
	}

	/** ingress-nginx treats the paths of an Ingress as regular expressions with use-regex, or with rewrite-target. */
	static boolean regexPaths(Cluster cluster, Ingress ing) {
		return IngressClasses.nginx(cluster, ing) && (on(ing, "use-regex") || annotation(ing, "rewrite-target").isPresent());
	}

	/** A regex path as ingress-nginx writes its location ({@code ~* "^PATH"}): case-insensitive, from the start. */
	static boolean regexMatches(String path, String requestPath) {
		return Regexes.compile("^(?:" + path + ")", Pattern.CASE_INSENSITIVE)
			.map(p -> p.matcher(requestPath).find())
			.orElse(false);
	}

	/**
	 * A permanent- or temporal-redirect annotation whose URL this same Ingress serves, so that following the
	 * Location meets the same redirect again (for check): the annotation and the URL, or empty.
	 */
	public static Optional<String[]> loopingRedirect(Cluster cluster, Ingress ing) {
		if (!IngressClasses.nginx(cluster, ing)) {
			return Optional.empty();
		}
		for (String kind : new String[] { "permanent-redirect", "temporal-redirect" }) {
			Optional<String> url = annotation(ing, kind);
			int sep = url.map(u -> u.indexOf("://")).orElse(-1);
			if (url.isEmpty() || sep < 0) {
				continue;
			}
			String rest = url.get().substring(sep + 3);
			int slash = rest.indexOf('/');
			String authority = slash < 0 ? rest : rest.substring(0, slash);
			String host = (authority.indexOf(':') < 0 ? authority : authority.substring(0, authority.indexOf(':')))
				.toLowerCase(java.util.Locale.ROOT);
			String target = slash < 0 ? "/" : rest.substring(slash);
			int end = Math.min(target.indexOf('?') < 0 ? target.length() : target.indexOf('?'),
					target.indexOf('#') < 0 ? target.length() : target.indexOf('#'));
			String path = target.substring(0, end);
			boolean served = ing.rules().stream().anyMatch(r -> Hosts.ingressMatches(r.host(), host) && r.paths().stream()
				.anyMatch(pr -> pr.pathType() == dev.portpath.sim.model.PathType.EXACT ? Paths.exact(pr.path(), path)
						: Paths.prefix(pr.path().isEmpty() ? "/" : pr.path(), path)));
			if (served) {
				return Optional.of(new String[] { PREFIX + kind, url.get() });
			}
		}
		return Optional.empty();
	}

	/** Where an annotation is written, for a finding. */
	public static Ref annotationRef(Ingress ing, String fullName) {
		return Ref.of(ing.doc().root().path("metadata", "annotations").get(fullName).loc(),
				ing.id() + "/metadata.annotations." + fullName);
	}

	/** Runs the annotations of the Ingress whose rule matched; a redirect ends the trace. */
	Optional<Leg.Done> apply(Path p, Ingress ing, Ingress.PathRule rule, Destination d) {
		if (!IngressClasses.nginx(cluster, ing)) {
			return Optional.empty();
		}
		HttpMessage now = p.http().now();
		Optional<String> appRoot = annotation(ing, "app-root");
		if (appRoot.isPresent() && now.path().equals("/")) {
			String location = now.scheme() + "://" + now.host() + (defaultPort(now) ? "" : ":" + now.port()) + appRoot.get();
			return Optional.of(redirect(p, ing, "app-root", 302, location, "an HTTPRoute rule with an Exact / match and"
					+ " a RequestRedirect filter (path ReplaceFullPath " + appRoot.get() + ")"));
		}
		for (String kind : new String[] { "permanent-redirect", "temporal-redirect" }) {
			Optional<String> url = annotation(ing, kind);
			if (url.isPresent() && !url.get().isEmpty()) {
				int code = annotation(ing, kind + "-code").flatMap(IngressNginx::number)
					.orElse(kind.startsWith("permanent") ? 301 : 302);
				return Optional.of(redirect(p, ing, kind, code, url.get(), "a RequestRedirect filter (statusCode " + code
						+ ", with the hostname and path of " + url.get() + ")"));
			}
		}
		boolean tls = ing.tlsHosts().stream().anyMatch(h -> Hosts.ingressMatches(h, now.host()));
		boolean sslRedirect = tls && !annotation(ing, "ssl-redirect").map(v -> v.equalsIgnoreCase("false")).orElse(false);
		if (d.scheme().equals("http") && (sslRedirect || on(ing, "force-ssl-redirect"))) {
			String location = "https://" + now.host() + now.path() + (now.query().isEmpty() ? "" : "?" + now.query());
			String which = on(ing, "force-ssl-redirect") ? "force-ssl-redirect" : "ssl-redirect";
			return Optional.of(redirect(p, ing, which, 308, location, "a RequestRedirect filter with scheme https on the"
					+ " HTTP listener's route"));
		}
		annotation(ing, "rewrite-target").ifPresent(target -> rewrite(p, ing, rule, target));
		return Optional.empty();
	}

	private static boolean defaultPort(HttpMessage m) {
		return (m.scheme().equals("http") && m.port() == 80) || (m.scheme().equals("https") && m.port() == 443);
	}

	private static Optional<Integer> number(String s) {
		try {
			int n = Integer.parseInt(s);
			return n >= 300 && n <= 399 ? Optional.of(n) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Leg.Done redirect(Path p, Ingress ing, String kind, int code, String location, String gatewayWay) {
		HttpMessage now = p.http().now();
		boolean loop = location.equals(now.url());
		p.http().redirect(new Redirect(code, location, loop));
		YNode written = annotationNode(ing, kind);
		// ssl-redirect is on by default for a TLS host: without the annotation, spec.tls is what turns it on
		Ref at = written.present() ? Ref.of(written.loc(), ing.id() + "/metadata.annotations." + PREFIX + kind)
				: Refs.docField(ing.doc(), "tls", "spec");
		String text = "ingress-nginx's " + (written.present() ? "annotation " : "default (no annotation turns it off) ")
				+ PREFIX + kind + " answers " + code + " " + Rewrites.reason(code)
				+ " with Location " + location + " before any backend (" + RETIRED + "; with Gateway API: " + gatewayWay + ")";
		String symptom = "HTTP " + code + " " + Rewrites.reason(code) + ", Location: " + location;
		if (loop) {
			return p.fail(Step.FILTER, p.at(), text + "; the Location is the very URL requested, a redirect loop",
					"change the annotation so that it sends the client somewhere else", Outcome.REDIRECTED,
					symptom + " (a loop: browsers stop with ERR_TOO_MANY_REDIRECTS)", at);
		}
		p.aside(Step.FILTER, Status.OK, p.at(), text, "", at);
		return p.done(Outcome.REDIRECTED, symptom + " from the ingress controller (the client may follow it)",
				Optional.empty(), java.util.List.of());
	}

	/**
	 * rewrite-target: nginx's {@code rewrite "(?i)PATH" TARGET break}, which replaces the whole path with the
	 * target, $1, $2... taken from the path's capture groups; the query string goes along unchanged.
	 */
	private static void rewrite(Path p, Ingress ing, Ingress.PathRule rule, String target) {
		HttpMessage now = p.http().now();
		String path = rule.path().isEmpty() ? "/" : rule.path();
		Optional<Pattern> re = Regexes.compile(path, Pattern.CASE_INSENSITIVE);
		Ref at = Ref.of(annotationNode(ing, "rewrite-target").loc(), ing.id() + "/metadata.annotations." + PREFIX
				+ "rewrite-target");
		Matcher m = re.map(x -> x.matcher(now.path())).orElse(null);
		if (m == null || !m.find()) {
			p.aside(Step.FILTER, Status.WARN, p.at(), "ingress-nginx's annotation " + PREFIX + "rewrite-target: " + target
					+ " rewrites nothing here: the path " + path + " as a regular expression does not match " + now.path()
					+ " (" + RETIRED + ")", "write the path as the regular expression ingress-nginx matches", at);
			return;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < target.length(); i++) {
			char c = target.charAt(i);
			if (c == '$' && i + 1 < target.length() && Character.isDigit(target.charAt(i + 1))) {
				int g = target.charAt(++i) - '0';
				String group = g <= m.groupCount() ? m.group(g) : null;
				out.append(group == null ? "" : group);
			}
			else {
				out.append(c);
			}
		}
		String rewritten = out.length() == 0 || out.charAt(0) != '/' ? "/" + out : out.toString();
		p.http().update(now.withPath(rewritten));
		p.aside(Step.FILTER, Status.OK, p.at(), "ingress-nginx's annotation " + PREFIX + "rewrite-target: " + target
				+ " rewrites the path " + now.path() + " to " + rewritten + " (the path " + path + " is a regular expression"
				+ " whose groups fill $1, $2...); the app sees " + rewritten + " (" + RETIRED + "; with Gateway API: an"
				+ " HTTPRoute URLRewrite filter, path ReplacePrefixMatch or ReplaceFullPath)", "", at);
	}

	/** The words for a path rule that ingress-nginx reads as a regular expression. */
	static String regexNote(Ingress ing) {
		return " (a regular expression, case-insensitive, from the start of the path: ingress-nginx's "
				+ (annotation(ing, "rewrite-target").isPresent() ? "rewrite-target" : "use-regex") + ")";
	}
}
