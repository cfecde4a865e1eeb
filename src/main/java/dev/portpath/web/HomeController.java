package dev.portpath.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The landing page (what PortPath is, in one screen) and the JSON API's documentation. */
@Controller
class HomeController {

	private final int maxBytes;

	HomeController(@Value("${portpath.max-bytes:1048576}") int maxBytes) {
		this.maxBytes = maxBytes;
	}

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/api")
	String api(Model model) {
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		model.addAttribute("maxBytes", maxBytes);
		return "api";
	}
}
