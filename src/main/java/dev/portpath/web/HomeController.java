package dev.portpath.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.portpath.sim.Engine;

/** The landing page: what PortPath is and how to call it (the playground comes with its own page). */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("kubernetes", Engine.KUBERNETES_VERSION);
		return "home";
	}
}
