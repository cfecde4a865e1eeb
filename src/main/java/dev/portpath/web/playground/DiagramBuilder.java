package dev.portpath.web.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Trace;

/**
 * Turns a trace into a {@link Diagram}: the client, each object that forwards the request (Ingress,
 * node, Service, ...), the pods it can reach and their containers, top to bottom. Edges carry the port
 * translation ({@code 80 → 8080/TCP}); the failing hop ends the path in a red box. Up to three pods are
 * drawn one by one; more fold into one box per workload ("10 pods"). Everything comes from the trace: each
 * hop's typed sides ({@link Point}) and the endpoints' pods, never the cluster model or the hops' wording (save
 * the filter's kind, the first word of a filter hop's sentence). HTTP filters and mirrors are no boxes: they are
 * marked beside the edge into the next box, where they act (a dashed pill: the filter kinds, or the mirror's
 * pod), so the path keeps its shape.
 */
final class DiagramBuilder {

	static final int WIDTH = 420;

	static final int PAD = 8;

	static final int BOX_H = 60;

	static final int GAP_Y = 46;

	static final int GAP_X = 10;

	static final int MAX_POD_BOXES = 3;

	/** Average glyph widths of the label and pill fonts, in view-box units (a little generous). */
	private static final double LABEL_CHAR = 7.6;

	private static final double PILL_CHAR = 6.6;

	private final Trace trace;

	private final List<Row> rows = new ArrayList<>();

	/** The port the request is addressed to at the last box, for the translation label into the pods. */
	private @Nullable Integer lastPort;

	private Protocol protocol;

	private String note = "";

	/** Filters and mirrors met since the last box, to mark on the edge into the next one. */
	private final List<String> filters = new ArrayList<>();

	private final List<String> mirrors = new ArrayList<>();

	private DiagramBuilder(Trace trace) {
		this.trace = trace;
		this.protocol = trace.hops().stream().map(Hop::target).filter(t -> t.port() > 0).findFirst()
			.map(Point::protocol).orElse(Protocol.TCP);
	}

	static Diagram build(Trace trace) {
		return new DiagramBuilder(trace).build();
	}

	/**
	 * A box before layout, with the label of the edge that leads into it; {@code full} is the label's whole
	 * text for the tooltip and the summary (a pod's full name where the box shows it short), and {@code edge}
	 * the state of the edge into it when it differs from its row's.
	 */
	private record Node(String css, String title, String label, String detail, String in, String full, String edge) {

		Node(String css, String title, String label, String detail, String in) {
			this(css, title, label, detail, in, label, "");
		}
	}

	/**
	 * A row of boxes; {@code mark} (css filter or mirror) is what acted on the way into it, "" when nothing, and
	 * {@code brief} the mark when the whole does not fit ("" when it is one filter).
	 */
	private record Row(List<Node> nodes, String edgeCss, String mark, String markCss, String brief) {

		Row(List<Node> nodes, String edgeCss) {
			this(nodes, edgeCss, "", "", "");
		}
	}

	/** Adds a row, with the filters and mirrors met since the last one marked on the edge into it. */
	private void row(List<Node> nodes, String edgeCss) {
		String mark = "";
		String css = "";
		// the mark when the whole does not fit: how many filters (and mirrors), the names in the tooltip
		String brief = filters.size() > 1 ? "⚙ " + filters.size() + " filters" + (mirrors.isEmpty() ? "" : " · ⇉ mirror") : "";
		if (!filters.isEmpty()) {
			mark = "⚙ " + String.join(" · ", filters);
			css = "filter";
		}
		if (!mirrors.isEmpty()) {
			mark = (mark.isEmpty() ? "" : mark + " · ") + "⇉ mirror → " + String.join(", ", mirrors);
			css = css.isEmpty() ? "mirror" : css;
		}
		filters.clear();
		mirrors.clear();
		rows.add(new Row(nodes, edgeCss, mark, css, brief));
	}

	private Diagram build() {
		String client = trace.hops().isEmpty() ? trace.request().from() : trace.hops().get(0).from();
		row(List.of(new Node("client", "client", client, "", "")), "ok");
		Hop fail = null;
		String edgeCss = "ok";
		for (Hop hop : trace.hops()) {
			if (hop.status() == Status.FAIL) {
				fail = hop;
				break;
			}
			String css = hop.status() == Status.WARN ? "warn" : "ok";
			boolean drawn = station(hop, css, edgeCss);
			edgeCss = drawn ? "ok" : hop.status() == Status.WARN ? "warn" : edgeCss;
		}
		boolean reachedPods = fail == null || fail.step() == Step.CONTAINER || fail.step() == Step.NETWORKPOLICY;
		boolean failsInAContainer = fail != null && fail.step() == Step.CONTAINER && fail.target().kind() == Point.Kind.POD
				&& !trace.endpoints().isEmpty();
		if (reachedPods && !trace.endpoints().isEmpty()) {
			pods(edgeCss, failsInAContainer ? fail : null);
		}
		if (failsInAContainer) {
			return layout(); // the traced pod's container box is the red one
		}
		if (fail != null) {
			String port = lastPort == null ? "" : lastPort + "/" + protocol.word() + " ";
			int arrives = fail.target().port();
			if (fail.step() == Step.NETWORKPOLICY && arrives > 0) {
				// a policy sees the pod's port, after kube-proxy's translation
				port = (lastPort == null || lastPort == arrives ? "" : lastPort + " → ") + arrives + "/" + protocol.word() + " ";
			}
			row(List.of(new Node("fail", fail.step().word(), fail.to(), trace.outcome().name(), port + "✗")), "fail");
		}
		else if (trace.endpoints().isEmpty() && trace.outcome() != Outcome.DELIVERED) {
			row(List.of(new Node("warn", "outcome", trace.outcome().name(), "", "")), "warn");
		}
		return layout();
	}

	/** Adds the box a hop stands for, if it stands for one; true when it did. */
	private boolean station(Hop hop, String css, String edgeCss) {
		Point to = hop.target();
		switch (hop.step()) {
			case SERVICE -> {
				if (to.kind() == Point.Kind.SERVICE) {
					protocol = to.protocol();
					String port = to.port() + "/" + to.protocol().word();
					add(css, "Service", to.name() + ":" + port, to.address().isEmpty() ? "headless" : to.address(), port,
							edgeCss);
					lastPort = to.port();
				}
				else {
					add(css, "Service", hop.to(), "", "", edgeCss);
					lastPort = null;
				}
				return true;
			}
			case INGRESS, GATEWAY -> {
				Point at = hop.source();
				String kind = hop.step() == Step.INGRESS ? "Ingress" : "Gateway";
				add(css, kind, at.name().isEmpty() ? hop.from() : at.name(), "→ " + hop.to(),
						at.port() == 0 ? "" : at.port() + "/" + at.protocol().word(), edgeCss);
				lastPort = null;
				return true;
			}
			case DNS, ENDPOINTS, KUBE_PROXY, POD, CONTAINER, LOCALHOST, PORT_FORWARD -> {
				return false;
			}
			case NETWORKPOLICY -> {
				note = " · policy allows";
				return false;
			}
			case FILTER -> {
				filters.add(filterKind(hop.message()));
				return false;
			}
			case MIRROR -> {
				mirrors.add(mirrorLabel(hop));
				return false;
			}
			default -> {
				boolean moved = to != hop.source() && to.port() > 0;
				add(css, hop.step().word(), hop.to(), "", moved ? to.port() + "/" + to.protocol().word() : "", edgeCss);
				lastPort = moved ? to.port() : null;
				return true;
			}
		}
	}

	private void add(String css, String title, String label, String detail, String in, String edgeCss) {
		row(List.of(new Node(css, title, label, detail, in)), edgeCss);
	}

	/**
	 * The pod a mirror copies to, with the share when not every request: from the trace's mirrors, matched by the
	 * hop's {@code to} ({@code ip:port}, the hop's side being the point the copy leaves from); else the hop's words.
	 */
	private String mirrorLabel(Hop hop) {
		return trace.http().mirrors().orElse(List.of()).stream()
			.filter(m -> hop.to().equals(m.endpoint().ip() + ":" + m.endpoint().port()))
			.findFirst()
			.map(m -> shortPod(m.endpoint().pod()) + (m.percent() >= 100 ? ""
					: " (" + (m.percent() == Math.rint(m.percent()) ? String.valueOf((long) m.percent())
							: String.valueOf(m.percent())) + "%)"))
			.orElse(hop.to());
	}

	private static final java.util.regex.Pattern FILTER_KIND = java.util.regex.Pattern.compile("[A-Z][A-Za-z]+");

	/** The filter's kind (URLRewrite, RequestHeaderModifier, ...): the first word of its hop's sentence, or "filter". */
	static String filterKind(String message) {
		int space = message.indexOf(' ');
		String first = space < 0 ? message : message.substring(0, space);
		return FILTER_KIND.matcher(first).matches() ? first : "filter";
	}

	/** A group of endpoints drawn as one box: one pod, or the pods of one workload. */
	private record Group(String title, String label, String detail, List<Endpoint> endpoints) {
	}

	/**
	 * The pods a request can reach and their containers. With {@code fail} (no container of the traced pod
	 * declares the port) that pod's container box is red and says so, and the others are neutral: they were
	 * not traced.
	 */
	private void pods(String edgeCss, @Nullable Hop fail) {
		Map<String, List<Endpoint>> byPod = new LinkedHashMap<>();
		for (Endpoint e : trace.endpoints()) {
			byPod.computeIfAbsent(e.namespace() + "/" + e.pod(), k -> new ArrayList<>()).add(e);
		}
		List<Group> groups = new ArrayList<>();
		if (byPod.size() <= MAX_POD_BOXES) {
			byPod.values().forEach(es -> {
				Endpoint e = es.get(0);
				groups.add(new Group("pod", e.pod(), e.ip(), es));
			});
		}
		else {
			Map<String, List<Endpoint>> byOwner = new LinkedHashMap<>();
			for (Endpoint e : trace.endpoints()) {
				String owner = e.ownerKind().isEmpty() ? "pods" : e.ownerKind() + " " + e.ownerName();
				byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(e);
			}
			if (byOwner.size() > MAX_POD_BOXES) {
				groups.add(new Group(count(trace.endpoints()) + " pods", "in " + byOwner.size() + " workloads",
						example(trace.endpoints()), trace.endpoints()));
			}
			else {
				byOwner.forEach((owner, es) -> groups.add(new Group(count(es) + " pods", owner, example(es), es)));
			}
		}
		List<Node> podNodes = new ArrayList<>();
		List<Node> containerNodes = new ArrayList<>();
		for (Group g : groups) {
			String ports = g.endpoints().stream().map(e -> String.valueOf(e.port())).distinct()
				.collect(Collectors.joining(", "));
			String in = (lastPort == null ? "" : lastPort + " → ") + ports + "/" + protocol.word();
			String podLabel = g.title().equals("pod") ? shortPod(g.label()) : g.label();
			podNodes.add(new Node("ok pods", g.title(), podLabel, g.detail(), in, g.label(), ""));
			Set<String> containers = new LinkedHashSet<>();
			g.endpoints().forEach(e -> containers.add((e.container().isEmpty() ? "port" : e.container()) + ":" + e.port()));
			String first = containers.iterator().next();
			String label = containers.size() == 1 ? first : first + " +" + (containers.size() - 1);
			if (fail == null) {
				containerNodes.add(new Node("ok container", "container", label, "", ports + "/" + protocol.word() + note));
			}
			else if (g.endpoints().stream().anyMatch(e -> e.pod().equals(fail.target().name())
					&& e.namespace().equals(fail.target().namespace()))) {
				int port = fail.target().port();
				containerNodes.add(new Node("fail container", "container", "port " + port, "not declared",
						port + "/" + protocol.word() + " ✗", "no container of pod " + fail.target().name() + " declares "
								+ port + "/" + protocol.word() + " (" + trace.outcome().name() + ")", "fail"));
			}
			else {
				containerNodes.add(new Node("neutral container", "container", label, "not traced",
						ports + "/" + protocol.word(), label, "neutral"));
			}
		}
		row(podNodes, edgeCss);
		row(containerNodes, "ok");
	}

	private static long count(List<Endpoint> endpoints) {
		return endpoints.stream().map(e -> e.namespace() + "/" + e.pod()).distinct().count();
	}

	private static String example(List<Endpoint> endpoints) {
		String ip = endpoints.get(0).ip();
		return ip.isEmpty() ? "" : "one is " + ip;
	}

	private Diagram layout() {
		List<Diagram.Box> boxes = new ArrayList<>();
		List<Diagram.Edge> edges = new ArrayList<>();
		List<Diagram.Box> previous = List.of();
		int y = PAD;
		for (Row row : rows) {
			int n = row.nodes().size();
			int w = (WIDTH - 2 * PAD - (n - 1) * GAP_X) / n;
			List<Diagram.Box> current = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Node node = row.nodes().get(i);
				int chars = (int) ((w - 16) / LABEL_CHAR);
				String tooltip = node.title() + ": " + node.full() + (node.detail().isEmpty() ? "" : " (" + node.detail() + ")");
				current.add(new Diagram.Box(PAD + i * (w + GAP_X), y, w, BOX_H, node.css(), fit(node.title(), chars + 4),
						fit(node.label(), chars), fit(node.detail(), chars + 3), tooltip));
			}
			if (!previous.isEmpty()) {
				edges.addAll(edges(previous, current, row));
			}
			boxes.addAll(current);
			previous = current;
			y += BOX_H + GAP_Y;
		}
		int height = y - GAP_Y + PAD;
		String summary = rows.stream()
			.map(r -> r.nodes().stream().map(n -> n.title() + " " + n.full()).collect(Collectors.joining(", ")))
			.collect(Collectors.joining(" → "));
		return new Diagram(WIDTH, height, boxes, edges, summary);
	}

	private static List<Diagram.Edge> edges(List<Diagram.Box> from, List<Diagram.Box> to, Row row) {
		List<Diagram.Edge> out = new ArrayList<>();
		boolean shared = row.nodes().stream().map(Node::in).distinct().count() == 1;
		int top = from.get(0).y() + BOX_H;
		for (int i = 0; i < to.size(); i++) {
			Diagram.Box a = from.size() == to.size() ? from.get(i) : from.size() == 1 ? from.get(0) : null;
			int x1 = a == null ? WIDTH / 2 : a.cx();
			Diagram.Box b = to.get(i);
			String label = row.nodes().get(i).in();
			boolean draw = !label.isEmpty() && (!shared || i == 0 || from.size() == to.size());
			int lx;
			int ly;
			if (shared && from.size() != to.size()) {
				lx = x1;
				ly = top + GAP_Y / 2 - 2;
			}
			else {
				lx = (x1 + b.cx()) / 2;
				ly = (top + b.y()) / 2;
			}
			int maxChars = (int) ((to.size() == from.size() ? b.w() : WIDTH - 2 * PAD) / PILL_CHAR) - 2;
			String text = draw ? fit(label, maxChars) : "";
			int lw = text.isEmpty() ? 0 : (int) Math.ceil(text.length() * PILL_CHAR) + 14;
			String css = row.nodes().get(i).edge().isEmpty() ? row.edgeCss() : row.nodes().get(i).edge();
			if (i == 0 && !row.mark().isEmpty()) {
				// beside the label pill, on the side with more room; shortened to fit, whole in the tooltip
				int gap = 6;
				int right = lw == 0 ? lx + gap : lx + lw / 2 + gap;
				int left = lw == 0 ? lx - gap : lx - lw / 2 - gap;
				boolean onRight = WIDTH - PAD - right >= left - PAD;
				int room = onRight ? WIDTH - PAD - right : left - PAD;
				int fits = Math.max(3, (int) ((room - 14) / PILL_CHAR));
				String mark = row.mark().length() <= fits || row.brief().isEmpty() ? fit(row.mark(), fits)
						: fit(row.brief(), fits);
				int mw = Math.min(room, (int) Math.ceil(mark.length() * PILL_CHAR) + 14);
				int mx = onRight ? right : left - mw;
				out.add(new Diagram.Edge(x1, top, b.cx(), b.y() - 2, css, text, lx, ly, lw, mark, row.markCss(), row.mark(),
						mx, mw));
				continue;
			}
			out.add(new Diagram.Edge(x1, top, b.cx(), b.y() - 2, css, text, lx, ly, lw));
		}
		return out;
	}

	private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern
		.compile("(.+)-[a-z0-9]{6,10}-([a-z0-9]{5})");

	/**
	 * A pod name as a box shows it: a Deployment's pod {@code shop-6j9vf488qn-lcqvm} as {@code shop-…-lcqvm}
	 * (its workload and its own hash), any other name as it is. The tooltip keeps the full name.
	 */
	static String shortPod(String name) {
		var m = GENERATED.matcher(name);
		return m.matches() ? m.group(1) + "-…-" + m.group(2) : name;
	}

	/** Shortens text to {@code chars} characters with an ellipsis. */
	static String fit(String text, int chars) {
		if (text.length() <= chars) {
			return text;
		}
		return chars <= 1 ? "…" : text.substring(0, chars - 1) + "…";
	}
}
