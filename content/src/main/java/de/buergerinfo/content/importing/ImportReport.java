package de.buergerinfo.content.importing;

import de.buergerinfo.content.catalog.Catalog;
import java.util.List;

/**
 * The result of an import: the catalogue, and every entry or value that was left out, with the
 * reason, so nothing is lost silently.
 *
 * @param catalog what was imported
 * @param skipped one line per entry or value left out
 */
public record ImportReport(Catalog catalog, List<String> skipped) {

  public ImportReport {
    skipped = List.copyOf(skipped);
  }
}
