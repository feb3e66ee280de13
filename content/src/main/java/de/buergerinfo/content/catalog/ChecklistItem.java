package de.buergerinfo.content.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Something to bring or to do, such as "valid passport" or "rental agreement confirmation".
 *
 * @param id unique within the catalogue, so flows can refer to it
 * @param text what to bring, per language
 * @param hint optional explanation ("not older than three months")
 * @param conditions when the item applies: all must hold; empty means always
 */
public record ChecklistItem(
    String id, LocalizedText text, LocalizedText hint, List<AnswerCondition> conditions) {

  public ChecklistItem {
    CatalogIds.check(id, "checklist item id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hint, "hint");
    conditions = List.copyOf(conditions);
  }

  /** Whether the item applies to someone who gave these answers. */
  public boolean appliesTo(FlowAnswers answers) {
    return conditions.stream().allMatch(answers::satisfies);
  }
}
