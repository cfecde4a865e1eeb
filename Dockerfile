# syntax=docker/dockerfile:1
#
# PortPath container image: build with the Maven wrapper on a JDK 17, run on a JRE 17 as a non-root user,
# from the unpacked jar with a class data sharing (CDS) archive made at build time.
#
#   docker build -t ghcr.io/portpath/portpath:0.1.0 .
#   docker run --rm -p 8080:8080 ghcr.io/portpath/portpath:0.1.0
#
# The development machine has no Docker engine, so this file has not been built there; the same steps
# (extract, training run, -XX:SharedArchiveFile, the JVM flags below) were run there with plain java.
# deploy/kubernetes.yaml runs this image (user 10001, read-only root filesystem, /tmp as an emptyDir) and
# repeats the two ENV lines below word for word (DeployManifestTest holds them equal).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The Maven download and the dependencies stay in ~/.m2 between builds (a BuildKit cache mount).
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -q -B package -DskipTests
# Unpack the jar as Spring Boot's tools jar mode does: the application in /application/portpath.jar, its
# libraries in /application/lib. A plain class path starts faster than nested jars, and a CDS archive
# needs one. The jar's own Main-Class takes "extract" for a CLI command, so the launcher is named.
RUN java -Djarmode=tools -cp target/portpath.jar org.springframework.boot.loader.launch.JarLauncher \
      extract --destination /application

FROM eclipse-temurin:17-jre
# A fixed UID/GID so Kubernetes can check runAsNonRoot and set runAsUser: 10001 to match.
RUN groupadd --system --gid 10001 portpath \
 && useradd --system --uid 10001 --gid portpath --home-dir /app --no-create-home --shell /usr/sbin/nologin portpath
WORKDIR /app
COPY --from=build --chown=root:root /application/ /app/
# The JVM's memory, set deliberately so that the process stays under 512 MiB (the container's limit in
# deploy/kubernetes.yaml) whatever the node has: a fixed 256 MiB heap (about 60 MiB stay live; the rest
# is room for requests in flight), touched at start so that the resident size is flat from the first
# request (it otherwise creeps up as the old generation fills, to the same level), metaspace (about 50 MiB
# used) and code cache (about 35 MiB) capped, the serial collector (no collector threads or remembered
# sets; young pauses of a few ms), and an exit on OutOfMemoryError so the kubelet restarts the container.
# No code cache flushing: JDK 17's sweeper judges a method cold when it is seldom on a stack at a safepoint,
# so it threw away the compiled YAML scanner and engine rules under steady load and the compiler kept
# rebuilding them (a tenth of the server's CPU); the compiled code stays near 20 MiB without it.
# Two malloc arenas keep the native memory of zlib (share links, gzip) from spreading over one per thread.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx256m -XX:+AlwaysPreTouch -XX:MetaspaceSize=64m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:-UseCodeCacheFlushing -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENV MALLOC_ARENA_MAX=2
# The CDS training run: start the application up to a refreshed context, exit, and write every class
# it loaded to an archive. Later starts map those classes instead of reading and verifying them again.
# The run must use this JRE, these flags and this class path (/app/portpath.jar), as the ENTRYPOINT does.
# Both run with spring.aot.enabled: the bean definitions that `package` generated ahead of time (Spring's
# process-aot) replace parsing configuration classes at start, a quarter of the start-up.
RUN java -XX:ArchiveClassesAtExit=/app/portpath.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar /app/portpath.jar \
 && test -s /app/portpath.jsa
# The command line in the same image, with its own class data sharing archive (bin/portpath finds it beside
# the jar): docker run --rm -i -e JAVA_TOOL_OPTIONS= --entrypoint /app/bin/portpath IMAGE check --file - < app.yaml
# (the server's heap flags above would only slow a command down, hence the empty JAVA_TOOL_OPTIONS).
COPY --from=build --chown=root:root /src/bin/portpath /src/bin/kubectl-portpath /app/bin/
COPY --from=build /src/content/examples /tmp/cds-examples
RUN JAVA_TOOL_OPTIONS= java -XX:ArchiveClassesAtExit=/app/portpath-cli.jsa.tmp -XX:TieredStopAtLevel=1 \
      -XX:+UseSerialGC -XX:-UsePerfData -cp /app/portpath.jar dev.portpath.launch.Training /tmp/cds-examples \
 && mv /app/portpath-cli.jsa.tmp /app/portpath-cli.jsa && rm -rf /tmp/cds-examples
USER 10001:10001
EXPOSE 8080
# curl and wget are not guaranteed in the JRE image: the check speaks HTTP/1.0 over bash's /dev/tcp and
# passes only on a 200 status line (Spring Boot answers 503 when liveness is DOWN).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -Eq '^HTTP/[0-9.]+ 200[[:space:]]'"]
# A CDS archive that does not match (another JRE) is ignored with a warning, never fatal.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/portpath.jsa", "-Dspring.aot.enabled=true", "-jar", "/app/portpath.jar"]
