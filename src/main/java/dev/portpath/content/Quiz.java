package dev.portpath.content;

import java.util.List;

/** The quiz that ends a lesson. */
public record Quiz(String id, String lesson, String title, List<QuizItem> items, String file) {

	public Quiz {
		items = List.copyOf(items);
	}
}
