package dev.portpath.bench;

/**
 * Synthetic manifests of a given size for scaling benchmarks: many small apps (a Deployment with a named
 * port, a Service, an Ingress rule and a NetworkPolicy), twenty to a namespace, so that both the number
 * of objects and the number of objects per namespace grow with the size.
 */
final class Synthetic {

	private Synthetic() {
	}

	static String app(int bytes) {
		StringBuilder sb = new StringBuilder(bytes + 4096);
		for (int i = 0; sb.length() < bytes; i++) {
			String ns = "ns-" + (i / 20);
			String name = "web-" + (i % 20);
			if (i % 20 == 0) {
				sb.append("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ").append(ns).append("\n---\n");
			}
			sb.append("""
					apiVersion: apps/v1
					kind: Deployment
					metadata:
					  name: %1$s
					  namespace: %2$s
					  labels: {app.kubernetes.io/name: %1$s, app.kubernetes.io/part-of: shop}
					spec:
					  replicas: 2
					  selector:
					    matchLabels: {app.kubernetes.io/name: %1$s}
					  template:
					    metadata:
					      labels: {app.kubernetes.io/name: %1$s, app.kubernetes.io/part-of: shop}
					    spec:
					      containers:
					        - name: app
					          image: ghcr.io/acme/%1$s:1.0.%3$d
					          ports:
					            - {name: http, containerPort: 8080}
					            - {name: metrics, containerPort: 9090}
					          readinessProbe:
					            httpGet: {path: /ready, port: http}
					---
					apiVersion: v1
					kind: Service
					metadata:
					  name: %1$s
					  namespace: %2$s
					spec:
					  selector: {app.kubernetes.io/name: %1$s}
					  ports:
					    - {name: http, port: 80, targetPort: http}
					    - {name: metrics, port: 9090, targetPort: metrics}
					---
					apiVersion: networking.k8s.io/v1
					kind: Ingress
					metadata:
					  name: %1$s
					  namespace: %2$s
					spec:
					  ingressClassName: nginx
					  rules:
					    - host: %1$s.%2$s.example.com
					      http:
					        paths:
					          - {path: /, pathType: Prefix, backend: {service: {name: %1$s, port: {name: http}}}}
					---
					apiVersion: networking.k8s.io/v1
					kind: NetworkPolicy
					metadata:
					  name: %1$s
					  namespace: %2$s
					spec:
					  podSelector: {matchLabels: {app.kubernetes.io/name: %1$s}}
					  policyTypes: [Ingress]
					  ingress:
					    - from:
					        - podSelector: {matchLabels: {app.kubernetes.io/part-of: shop}}
					      ports: [{port: http}]
					---
					""".formatted(name, ns, i));
		}
		return sb.toString();
	}
}
