package dev.portpath.web.playground;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The playground: one URL that answers the whole page, or only the result fragment when htmx asks
 * ({@code HX-Request}). GET opens the first example, an example by name, or a share link (with the HTTP
 * details it carries as {@code method}, {@code headers}, {@code sni}); POST traces what the form holds.
 * Without JavaScript the form posts and the page comes back whole.
 */
@Controller
@RequestMapping("/playground")
class PlaygroundController {

	private final Playground playground;

	private final long maxRequestBytes;

	PlaygroundController(Playground playground, @Value("${portpath.max-request-bytes:4194304}") long maxRequestBytes) {
		this.playground = playground;
		this.maxRequestBytes = maxRequestBytes;
	}

	@GetMapping
	ModelAndView open(@RequestParam(name = "s", required = false) @Nullable String share,
			@RequestParam(required = false) @Nullable String example,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String headers,
			@RequestParam(required = false) @Nullable String sni,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		PlaygroundView view = share != null
				? playground.shared(share, method == null ? "" : method, headers == null ? "" : headers,
						sni == null ? "" : sni)
				: example != null ? playground.example(example) : playground.start();
		return render(view, htmx);
	}

	@PostMapping
	ModelAndView trace(@ModelAttribute PlaygroundForm form,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		return render(playground.run(form.input()), htmx);
	}

	/**
	 * A form Tomcat cannot turn into parameters: bytes that are not UTF-8 once decoded, or a chunked body over
	 * the size limit (Tomcat stops reading it there). The client's mistake, so nothing is logged; the status is
	 * 400 or 413 for htmx too, since this is a broken request, not half-typed YAML.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView unreadableForm(InvalidParameterException ex, HttpServletRequest request) {
		boolean tooLarge = ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
		PlaygroundView.Problem problem = tooLarge
				? new PlaygroundView.Problem("The manifests are too large", "The request is over the limit of "
						+ maxRequestBytes + " bytes; PortPath reads at most 1 MiB of YAML.", 0)
				: new PlaygroundView.Problem("The form cannot be read", "What was posted is not form data PortPath can"
						+ " decode (its percent-escapes do not spell UTF-8 text), so nothing was traced. Paste the"
						+ " manifests as plain text and trace again.", 0);
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		ModelAndView page = render(playground.unreadable(problem, status), request.getHeader("HX-Request") != null);
		page.setStatus(status);
		return page;
	}

	/**
	 * The page answers with the view's status (400, 413 or 422 for input it cannot trace). The htmx fragment
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
