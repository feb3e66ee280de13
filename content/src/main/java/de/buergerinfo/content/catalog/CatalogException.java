package de.buergerinfo.content.catalog;

import java.util.List;

/** A catalogue is inconsistent: duplicate ids or references to entries that do not exist. */
public final class CatalogException extends Exception {

  private final List<String> problems;

  public CatalogException(List<String> problems) {
    super(problems.size() + " problem(s) in the catalogue: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
