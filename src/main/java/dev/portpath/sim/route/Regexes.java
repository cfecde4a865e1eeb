package dev.portpath.sim.route;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Regular expressions written in manifests (RegularExpression path, header and query matches; ingress-nginx
 * regex paths), run on RE2/J: linear in the text matched, with no backtracking. RE2/J still expands counted
 * repetition when it compiles, so {@code ((a{1000}){1000}){1000}} would exhaust memory: a pattern whose
 * expansion exceeds {@link #MAX_SIZE} instructions is refused before it is compiled, as RE2 itself refuses
 * programs over its memory budget. A pattern refused or not valid RE2 matches nothing.
 */
public final class Regexes {

	/**
	 * Roughly RE2's instruction count for a pattern. Proxies bound it too (Envoy refuses large RE2 programs by
	 * default); beyond it a match costs too much per character, and RE2/J's matcher recurses once per step of
	 * a chain of optional parts, which a long chain would overflow.
	 */
	public static final int MAX_SIZE = 200;

	/** Compiled patterns, shared by every trace (a route table traces many requests over the same routes). */
	private static final Map<String, Optional<Pattern>> CACHE = new ConcurrentHashMap<>();

	/** Beyond this many patterns the cache starts over, so hostile input cannot grow it without bound. */
	private static final int CACHE_SIZE = 2048;

	private Regexes() {
	}

	/** The compiled pattern, or empty when it is not RE2 or too large; {@code flags} are RE2/J's. */
	public static Optional<Pattern> compile(String regex, int flags) {
		String key = flags + ":" + regex;
		Optional<Pattern> known = CACHE.get(key);
		if (known != null) {
			return known;
		}
		Optional<Pattern> compiled = compileNew(regex, flags);
		if (CACHE.size() >= CACHE_SIZE) {
			CACHE.clear();
		}
		CACHE.put(key, compiled);
		return compiled;
	}

	private static Optional<Pattern> compileNew(String regex, int flags) {
		if (size(regex) > MAX_SIZE) {
			return Optional.empty();
		}
		try {
			return Optional.of(Pattern.compile(regex, flags));
		}
		catch (PatternSyntaxException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** True when the whole of {@code text} matches (as Envoy's safe_regex does). */
	public static boolean fullMatch(String regex, String text) {
		Optional<Pattern> p = compile(regex, 0);
		try {
			return p.isPresent() && p.get().matches(text);
		}
		catch (StackOverflowError ex) {
			return false; // the size bound keeps this out of reach; should it happen, the pattern matches nothing
		}
	}

	/** Why a pattern matches nothing, or empty when it compiles. */
	public static Optional<String> problem(String regex) {
		if (size(regex) > MAX_SIZE) {
			return Optional.of("it is larger than PortPath runs (more than " + MAX_SIZE + " RE2 steps once its counted"
					+ " repetitions are expanded), so it matches nothing here");
		}
		try {
			Pattern.compile(regex);
			return Optional.empty();
		}
		catch (PatternSyntaxException | IllegalArgumentException ex) {
			return Optional.of("it is not an RE2 regular expression (" + ex.getMessage() + ")");
		}
	}

	/**
	 * An upper estimate of the program RE2 compiles a pattern to: each atom counts one, a group counts its
	 * contents, and a counted repetition {@code {n,m}} copies what it repeats up to m times. Stops counting
	 * once past the limit, so a hostile pattern costs one pass over its text.
	 */
	static long size(String regex) {
		Deque<long[]> frames = new ArrayDeque<>(); // [total, last atom]
		frames.push(new long[] { 0, 0 });
		int i = 0;
		while (i < regex.length()) {
			long[] f = frames.peek();
			char c = regex.charAt(i);
			if (c == '(') {
				frames.push(new long[] { 0, 0 });
				i++;
				continue;
			}
			if (c == ')' && frames.size() > 1) {
				long[] inner = frames.pop();
				long[] outer = frames.peek();
				outer[1] = inner[0] + 1;
				outer[0] += outer[1];
			}
			else if (c == '{' && counted(regex, i) > 0) {
				long n = counted(regex, i);
				f[0] += f[1] * (n - 1);
				f[1] *= n;
				i = regex.indexOf('}', i);
			}
			else if (c == '[') {
				i = classEnd(regex, i);
				f[1] = 1;
				f[0] += 1;
			}
			else {
				if (c == '\\') {
					i = escapeEnd(regex, i);
				}
				f[1] = 1;
				f[0] += 1;
			}
			if (f[0] > MAX_SIZE) {
				return f[0];
			}
			i++;
		}
		long total = 0;
		for (long[] f : frames) {
			total += f[0];
		}
		return total;
	}

	/** The largest count of a repetition {@code {n}}, {@code {n,}} or {@code {n,m}} at i; 0 when it is none. */
	private static long counted(String s, int i) {
		int close = s.indexOf('}', i);
		if (close < 0 || close - i > 12) {
			return 0;
		}
		String[] parts = s.substring(i + 1, close).split(",", -1);
		long max = 0;
		for (String p : parts) {
			if (!p.isEmpty() && !p.chars().allMatch(Character::isDigit)) {
				return 0;
			}
			max = Math.max(max, p.isEmpty() ? 0 : Long.parseLong(p));
		}
		return parts.length > 2 ? 0 : Math.max(1, max);
	}

	private static int classEnd(String s, int i) {
		int j = i + 1;
		if (j < s.length() && s.charAt(j) == '^') {
			j++;
		}
		if (j < s.length() && s.charAt(j) == ']') {
			j++;
		}
		while (j < s.length() && s.charAt(j) != ']') {
			j = s.charAt(j) == '\\' ? j + 2 : j + 1;
		}
		return Math.min(j, s.length() - 1);
	}

	private static int escapeEnd(String s, int i) {
		if (i + 2 < s.length() && "pPx".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == '{') {
			int close = s.indexOf('}', i);
			return close < 0 ? s.length() - 1 : close;
		}
		return Math.min(i + 1, s.length() - 1);
	}
}
