package dev.portpath.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Limits;

/** The one engine the web layer uses, with its input limit from {@code portpath.max-bytes}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineConfig.EngineProperties.class)
class EngineConfig {

	@Bean
	Engine engine(EngineProperties properties) {
		return new Engine(Limits.DEFAULT.withMaxBytes(properties.maxBytes()));
	}

	/** {@code portpath.max-bytes}: the largest manifests accepted, 1 MiB by default. */
	@ConfigurationProperties("portpath")
	record EngineProperties(Integer maxBytes) {
		EngineProperties {
			if (maxBytes == null) {
				maxBytes = Limits.DEFAULT.maxBytes();
			}
		}
	}
}
