package de.buergerinfo.content.catalog;

import java.util.List;

/** What follows an answer in a guided flow: another question, or the result. */
public sealed interface FlowStep {

  /** Ask question {@code questionId} next. */
  record Ask(String questionId) implements FlowStep {
    public Ask {
      CatalogIds.check(questionId, "question id");
    }
  }

  /**
   * The flow ends: these services, and these checklist items beyond the services' own documents.
   */
  record Finish(List<String> serviceIds, List<ChecklistItem> items) implements FlowStep {
    public Finish {
      serviceIds = serviceIds.stream().map(id -> CatalogIds.check(id, "service id")).toList();
      items = List.copyOf(items);
      if (serviceIds.isEmpty() && items.isEmpty()) {
        throw new IllegalArgumentException("a flow result needs at least one service or item");
      }
    }
  }
}
