package dev.portpath.web.playground;

/** What the playground opens with when there are no examples: a Service whose second port misses. */
final class Sample {

	static final String FROM = "shell";

	static final String TO = "http://hello/";

	static final String MANIFESTS = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: hello
			spec:
			  replicas: 2
			  selector:
			    matchLabels:
			      app: hello
			  template:
			    metadata:
			      labels:
			        app: hello
			    spec:
			      containers:
			        - name: hello
			          image: example/hello:1
			          ports:
			            - name: http
			              containerPort: 5678
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: hello
			spec:
			  selector:
			    app: hello
			  ports:
			    - name: web
			      port: 80
			      targetPort: http
			    - name: admin
			      port: 81
			      targetPort: admin
			""";

	private Sample() {
	}
}
