# syntax=docker/dockerfile:1
#
# PortPath container image: build with the Maven wrapper on a JDK 17, run on a JRE 17 as a non-root user.
#
#   docker build -t ghcr.io/portpath/portpath:0.1.0 .
#   docker run --rm -p 8080:8080 ghcr.io/portpath/portpath:0.1.0
#
# The development machine has no Docker engine, so this file has not been built there: it is kept
# deliberately plain (two stages, no custom base images, nothing downloaded at run time).
# deploy/kubernetes.yaml runs this image (user 10001, read-only root filesystem, /tmp as an emptyDir).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The Maven download and the dependencies stay in ~/.m2 between builds (a BuildKit cache mount).
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
# A fixed UID/GID so Kubernetes can check runAsNonRoot and set runAsUser: 10001 to match.
RUN groupadd --system --gid 10001 portpath \
 && useradd --system --uid 10001 --gid portpath --home-dir /app --no-create-home --shell /usr/sbin/nologin portpath
WORKDIR /app
COPY --from=build --chown=root:root /src/target/portpath.jar /app/portpath.jar
USER 10001:10001
EXPOSE 8080
# curl and wget are not guaranteed in the JRE image: the check speaks HTTP/1.0 over bash's /dev/tcp and
# passes only on a 200 status line (Spring Boot answers 503 when liveness is DOWN).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -Eq '^HTTP/[0-9.]+ 200[[:space:]]'"]
ENTRYPOINT ["java", "-jar", "/app/portpath.jar"]
