package dev.portpath.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files whose URL names their content are cached for a year and never revalidated: the pages link
 * {@code /css/app-<md5>.css} (Spring's content version strategy, spring.web.resources.chain.strategy.content in
 * application.properties, and the ResourceUrlEncodingFilter that rewrites every {@code @{...}} link) and
 * {@code /webjars/htmx.org/2.0.10/...} (the WebJar's version, which the locator puts in the link). A change to a
 * file changes its URL. The same files under a plain URL ({@code /css/app.css}, {@code /webjars/htmx.org/dist/...})
 * keep Spring Boot's handler and its one-day max-age.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** A file name with the content hash VersionResourceResolver adds (an MD5, 32 hex digits). */
	private static final String HASHED = "[\\w.-]+-[0-9a-f]{32}";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/{dir:css|js}/{file:" + HASHED + "\\.(?:css|js)}", "/{file:favicon-[0-9a-f]{32}\\.svg}")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/webjars/{lib}/{version:\\d+\\.\\d+[\\w.-]*}/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true);
	}
}
