package de.buergerinfo.content.search;

import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Objects;

/**
 * One query of an evaluation set and the services that count as right answers.
 *
 * @param language the language the query is written in
 * @param query the query as a citizen would type it
 * @param expectedIds ids of the right services (any of them counts)
 * @param line where it stands in its file, for messages
 */
public record EvaluationCase(Language language, String query, List<String> expectedIds, int line) {

  public EvaluationCase {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(query, "query");
    expectedIds = List.copyOf(expectedIds);
    if (expectedIds.isEmpty()) {
      throw new IllegalArgumentException("an evaluation case needs at least one expected id");
    }
  }
}
