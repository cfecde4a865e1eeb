package dev.portpath.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's expression cache for every expression the templates hold. Its default, 500 parsed
 * expressions, is less than the pages use between them (about 930 once every page and a playground answer
 * have been drawn), and a full cache drops its oldest entries first: the layout's, which the next page
 * needs again, so a visitor going from page to page had expressions parsed anew on every page. The bound
 * stays: the templates are fixed, so the cache stops growing once each has been drawn.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	/** Parsed expressions kept; TemplateCachesTest checks every page's fit with room to spare. */
	static final int EXPRESSION_CACHE_MAX_SIZE = 4000;

	/** Sets the cache manager before the engine first renders (after that, Thymeleaf refuses to change it). */
	@Bean
	static BeanPostProcessor templateEngineCaches() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_MAX_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}
}
