package dev.portpath;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import dev.portpath.cli.Cli;

/**
 * One jar, two faces: {@code trace} and {@code check} run the engine and exit without starting Spring;
 * no arguments, or only Spring options, start the web application. Any other arguments (a mistyped
 * command) are the command line's to refuse, so a typo never leaves a web server running.
 */
// beans live in web only: scanning sim, cli and content too would read a few hundred classes at start-up for none
@SpringBootApplication(scanBasePackages = "dev.portpath.web")
public class PortPathApplication {

	public static void main(String[] args) {
		if (Cli.handles(args)) {
			PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
			PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
			System.exit(Cli.run(args, out, err));
		}
		SpringApplication.run(PortPathApplication.class, args);
	}
}
