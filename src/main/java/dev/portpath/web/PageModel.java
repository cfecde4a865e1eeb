package dev.portpath.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.portpath.sim.Engine;

/** What every page's layout shows: the Kubernetes version the engine models. */
@ControllerAdvice
class PageModel {

	@ModelAttribute("kubernetes")
	String kubernetes() {
		return Engine.KUBERNETES_VERSION;
	}
}
