package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Header;

/**
 * A filter of a route rule or of a backendRef (gateway-api HTTPRouteFilter, GRPCRouteFilter), as written.
 * {@code path} is its field path ({@code spec.rules[0].filters[1]}); {@code node} is where it is written.
 */
public sealed interface RouteFilter {

	YNode node();

	String path();

	/** The filter's type as the manifests write it. */
	String type();

	/** RequestHeaderModifier, or ResponseHeaderModifier when {@code response}: set, then add, then remove. */
	record HeaderModifier(YNode node, String path, boolean response, List<Header> set, List<Header> add,
			List<String> remove) implements RouteFilter {

		public HeaderModifier {
			set = List.copyOf(set);
			add = List.copyOf(add);
			remove = List.copyOf(remove);
		}

		@Override
		public String type() {
			return response ? "ResponseHeaderModifier" : "RequestHeaderModifier";
		}
	}

	/** RequestRedirect: each part of the Location left out keeps the request's; statusCode defaults to 302. */
	record RequestRedirect(YNode node, String path, Optional<String> scheme, Optional<String> hostname,
			Optional<PathModifier> pathModifier, Optional<Integer> port, int statusCode) implements RouteFilter {

		@Override
		public String type() {
			return "RequestRedirect";
		}
	}

	/** URLRewrite: the Host header and the path the backend receives. */
	record UrlRewrite(YNode node, String path, Optional<String> hostname, Optional<PathModifier> pathModifier)
			implements RouteFilter {

		@Override
		public String type() {
			return "URLRewrite";
		}
	}

	/** RequestMirror: a copy of each request (or of {@code percent} of them) to one endpoint of the backend. */
	record RequestMirror(YNode node, String path, Route.BackendRef backend, double percent) implements RouteFilter {

		@Override
		public String type() {
			return "RequestMirror";
		}
	}

	/** CORS: the gateway answers preflight requests itself and adds the Access-Control headers. */
	record Cors(YNode node, String path, List<String> allowOrigins, boolean allowCredentials, List<String> allowMethods,
			List<String> allowHeaders, List<String> exposeHeaders, int maxAge) implements RouteFilter {

		public Cors {
			allowOrigins = List.copyOf(allowOrigins);
			allowMethods = List.copyOf(allowMethods);
			allowHeaders = List.copyOf(allowHeaders);
			exposeHeaders = List.copyOf(exposeHeaders);
		}

		@Override
		public String type() {
			return "CORS";
		}
	}

	/** ExtensionRef, ExternalAuth or a type PortPath does not know: implementation-specific, not simulated. */
	record Other(YNode node, String path, String type, String extension) implements RouteFilter {
	}
}
