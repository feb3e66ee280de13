package de.buergerinfo.content.catalog;

/**
 * One inconsistency in a catalogue, attributed to the entry that has it.
 *
 * @param kind the entry's kind: service, office, life situation, flow, announcement, glossary
 *     concept
 * @param id the entry's id
 * @param message what is wrong
 */
public record CatalogProblem(String kind, String id, String message) {

  @Override
  public String toString() {
    return kind + " " + id + ": " + message;
  }
}
