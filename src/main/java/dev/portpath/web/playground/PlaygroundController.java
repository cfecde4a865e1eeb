package dev.portpath.web.playground;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The playground: one URL that answers the whole page, or only the result fragment when htmx asks
 * ({@code HX-Request}). GET opens the first example, an example by name, or a share link; POST traces
 * what the form holds. Without JavaScript the form posts and the page comes back whole.
 */
@Controller
@RequestMapping("/playground")
class PlaygroundController {

	private final Playground playground;

	PlaygroundController(Playground playground) {
		this.playground = playground;
	}

	@GetMapping
	ModelAndView open(@RequestParam(name = "s", required = false) @Nullable String share,
			@RequestParam(required = false) @Nullable String example,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		PlaygroundView view = share != null ? playground.shared(share)
				: example != null ? playground.example(example) : playground.start();
		return render(view, htmx);
	}

	@PostMapping
	ModelAndView trace(@ModelAttribute PlaygroundForm form,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		return render(playground.run(form.input()), htmx);
	}

	/**
	 * The page answers with the view's status (400 or 413 for input it cannot trace). The htmx fragment
	 * answers 200 either way: half-typed YAML is the normal state of a live editor, not a failed request,
	 * and browsers log every 4xx of a fetch as a console error.
	 */
	private static ModelAndView render(PlaygroundView view, boolean htmx) {
		ModelAndView page = new ModelAndView(htmx ? "playground/playground :: result" : "playground/playground");
		page.addObject("view", view);
		page.addObject("htmx", htmx);
		page.setStatus(htmx ? HttpStatus.OK : HttpStatusCode.valueOf(view.status()));
		return page;
	}
}
