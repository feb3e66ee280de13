package de.buergerinfo.content.search;

import java.util.List;

/**
 * What to offer a citizen whose search found nothing.
 *
 * @param queries the query with its misspelt words corrected, when that finds something
 * @param lifeSituationIds life situations whose names the query touches, to browse instead
 */
public record Suggestions(List<String> queries, List<String> lifeSituationIds) {

  public Suggestions {
    queries = List.copyOf(queries);
    lifeSituationIds = List.copyOf(lifeSituationIds);
  }

  /** Nothing to suggest: the kiosk then offers all life situations and a librarian. */
  public boolean isEmpty() {
    return queries.isEmpty() && lifeSituationIds.isEmpty();
  }
}
