package de.buergerinfo.content.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Something that happens in life and brings several services with it: a birth, a move, a lost
 * document. Services name the life situations they belong to.
 *
 * @param id stable id
 * @param name the situation's name
 * @param description one sentence about it
 * @param ozgSituationId the matching "Lebenslage" of the OZG catalogue, if any
 */
public record LifeSituation(
    String id, LocalizedText name, LocalizedText description, Optional<Integer> ozgSituationId) {

  public LifeSituation {
    CatalogIds.check(id, "life situation id");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("life situation " + id + " has no name in any language");
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(ozgSituationId, "ozgSituationId");
  }
}
