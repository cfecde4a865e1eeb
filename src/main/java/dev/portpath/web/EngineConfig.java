package dev.portpath.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Limits;

/**
 * The one engine the web layer uses, with its input limit from {@code portpath.max-bytes} and its work budget
 * per request from {@code portpath.max-engine-ms} (past it, the engine refuses the input: WorkLimitException, 422).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineConfig.EngineProperties.class)
class EngineConfig {

	@Bean
	Engine engine(EngineProperties properties) {
		return new Engine(Limits.DEFAULT.withMaxBytes(properties.maxBytes()).withMaxMillis(properties.maxEngineMs()));
	}

	/**
	 * {@code portpath.max-bytes}: the largest manifests accepted, 1 MiB by default. {@code portpath.max-engine-ms}:
	 * how long the engine may work on one request before it refuses the input (WorkLimitException, 422), 2000 ms
	 * by default.
	 */
	@ConfigurationProperties("portpath")
	record EngineProperties(Integer maxBytes, Long maxEngineMs) {

		static final long DEFAULT_MAX_ENGINE_MS = 2000;

		EngineProperties {
			if (maxBytes == null) {
				maxBytes = Limits.DEFAULT.maxBytes();
			}
			if (maxEngineMs == null) {
				maxEngineMs = DEFAULT_MAX_ENGINE_MS;
			}
			if (maxBytes <= 0 || maxEngineMs <= 0) {
				throw new IllegalArgumentException("portpath.max-bytes and portpath.max-engine-ms must be positive, not "
						+ maxBytes + " and " + maxEngineMs);
			}
		}
	}
}
