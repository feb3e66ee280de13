package de.buergerinfo.content.catalog;

import java.util.List;

/** A catalogue is inconsistent: duplicate ids or references to entries that do not exist. */
public final class CatalogException extends Exception {

  private final List<CatalogProblem> problems;

  public CatalogException(List<CatalogProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the catalogue: "
            + String.join("; ", problems.stream().map(CatalogProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<CatalogProblem> problems() {
    return problems;
  }
}
