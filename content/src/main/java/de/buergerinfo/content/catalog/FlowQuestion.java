package de.buergerinfo.content.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of a guided flow, shown alone on its screen.
 *
 * @param id unique within the flow
 * @param text the question
 * @param help a short explanation, possibly empty
 * @param answers two or more answers, each leading on
 */
public record FlowQuestion(
    String id, LocalizedText text, LocalizedText help, List<FlowAnswer> answers) {

  public FlowQuestion {
    CatalogIds.check(id, "question id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
    answers = List.copyOf(answers);
    if (answers.size() < 2) {
      throw new IllegalArgumentException("question " + id + " needs at least two answers");
    }
    Set<String> ids = new HashSet<>();
    for (FlowAnswer answer : answers) {
      if (!ids.add(answer.id())) {
        throw new IllegalArgumentException(
            "question " + id + " has answer " + answer.id() + " twice");
      }
    }
  }
}
