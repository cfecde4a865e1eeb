package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;

/**
 * Cluster DNS as a ClusterFirst pod sees it (CoreDNS kubernetes plugin, DNS spec 1.0.1): the search path
 * {@code <ns>.svc.cluster.local svc.cluster.local cluster.local} with ndots 5, Service A records,
 * ExternalName CNAMEs, headless records per ready endpoint, per-pod hostnames and dashed-IP names.
 */
public final class Dns {

	public static final String ZONE = "cluster.local";

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	public Dns(Cluster cluster, EndpointResolver endpoints) {
		this.cluster = cluster;
		this.endpoints = endpoints;
	}

	/** What a name resolves to; {@code tried} lists the names queried, in order. */
	public sealed interface Answer permits ServiceAnswer, PodAnswer, NxDomain {
	}

	/** A Service name; {@code fqdn} is the query that answered. */
	public record ServiceAnswer(Service service, String fqdn, List<String> tried) implements Answer {
	}

	/** A per-pod name of a headless Service ({@code web-0.web.ns.svc.cluster.local}) or a dashed pod IP. */
	public record PodAnswer(Pod pod, Optional<Service> service, String fqdn, List<String> tried) implements Answer {
	}

	/** Nothing answered; {@code hint} says what the user probably meant, when something is close. */
	public record NxDomain(List<String> tried, String hint) implements Answer {
	}

	/** Search-path expansion: fewer than 5 dots → each search suffix first, then the name as is. */
	public static List<String> candidates(String name, String namespace) {
		List<String> out = new ArrayList<>();
		if (name.endsWith(".")) {
			out.add(name.substring(0, name.length() - 1));
			return out;
		}
		long dots = name.chars().filter(c -> c == '.').count();
		List<String> search = List.of(namespace + ".svc." + ZONE, "svc." + ZONE, ZONE);
		if (dots >= 5) {
			out.add(name);
		}
		for (String s : search) {
			out.add(name + "." + s);
		}
		if (dots < 5) {
			out.add(name);
		}
		return out;
	}

	public Answer resolve(String name, String namespace) {
		List<String> tried = new ArrayList<>();
		for (String q : candidates(name, namespace)) {
			tried.add(q);
			Optional<Answer> a = lookup(q, tried);
			if (a.isPresent()) {
				return a.get();
			}
		}
		return new NxDomain(tried, hint(name, namespace));
	}

	private Optional<Answer> lookup(String fqdn, List<String> tried) {
		String svcSuffix = ".svc." + ZONE;
		String podSuffix = ".pod." + ZONE;
		if (fqdn.endsWith(svcSuffix)) {
			String[] parts = fqdn.substring(0, fqdn.length() - svcSuffix.length()).split("\\.");
			if (parts.length == 2) {
				return cluster.service(parts[1], parts[0]).map(s -> new ServiceAnswer(s, fqdn, List.copyOf(tried)));
			}
			if (parts.length == 3) {
				// CoreDNS answers endpoint names for any Service with endpoints, not only headless ones
				// (findServices: "svc.Headless() || r.endpoint != \"\""); the DNS spec promises them for headless
				Optional<Service> svc = cluster.service(parts[2], parts[1]).filter(s -> !s.isExternalName());
				if (svc.isEmpty()) {
					return Optional.empty();
				}
				for (Pod p : endpoints.selected(svc.get())) {
					boolean ready = p.ready() || svc.get().publishNotReadyAddresses();
					boolean named = !p.hostname().isEmpty() && p.subdomain().equals(svc.get().name());
					String label = named ? p.hostname() : p.ip().replace('.', '-');
					if (ready && label.equals(parts[0])) {
						return Optional.of(new PodAnswer(p, svc, fqdn, List.copyOf(tried)));
					}
				}
			}
			return Optional.empty();
		}
		if (fqdn.endsWith(podSuffix)) {
			String[] parts = fqdn.substring(0, fqdn.length() - podSuffix.length()).split("\\.");
			if (parts.length == 2) {
				String ip = parts[0].replace('-', '.');
				// CoreDNS "pods insecure" answers any well-formed dashed IP; we answer for pods we know
				return cluster.podsWithIp(ip)
					.stream()
					.filter(p -> p.namespace().equals(parts[1]))
					.findFirst()
					.map(p -> new PodAnswer(p, Optional.empty(), fqdn, List.copyOf(tried)));
			}
		}
		return Optional.empty();
	}

	/** A Service of that name in another namespace is the usual reason a short name fails. */
	private String hint(String name, String namespace) {
		String first = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		String[] parts = first.split("\\.");
		String svcName = parts[0];
		List<String> elsewhere = cluster.servicesNamed(svcName)
			.stream()
			.map(s -> s.namespace())
			.sorted()
			.toList();
		if (!elsewhere.isEmpty() && parts.length == 1) {
			return "Service " + svcName + " exists in namespace " + String.join(", ", elsewhere) + ", but the short name "
					+ svcName + " only searches " + namespace + "; use " + svcName + "." + elsewhere.get(0);
		}
		if (!elsewhere.isEmpty()) {
			return "Service " + svcName + " exists in namespace " + String.join(", ", elsewhere) + "; use "
					+ svcName + "." + elsewhere.get(0);
		}
		if (parts.length >= 2 && !cluster.namespaces().contains(parts[1]) && !parts[1].equals("svc")) {
			return "no Service named " + svcName + " and no namespace " + parts[1] + " in the manifests";
		}
		return "no Service named " + svcName + " in namespace "
				+ (parts.length >= 2 && !parts[1].equals("svc") ? parts[1] : namespace) + " in the manifests";
	}
}
