package de.buergerinfo.content.catalog;

import java.util.Objects;

/**
 * An answer to a flow question, such as "Yes" or "I don't know".
 *
 * @param id unique within its question; checklist conditions refer to it
 * @param label the button's text
 * @param next what comes after this answer
 */
public record FlowAnswer(String id, LocalizedText label, FlowStep next) {

  public FlowAnswer {
    CatalogIds.check(id, "answer id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(next, "next");
  }
}
