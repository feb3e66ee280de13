package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import de.buergerinfo.content.importing.ozg.OzgImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real catalogues the benchmarks run on (Munich, about 300 services; OZG/LeiKa, about 5,000)
 * and the queries they replay, read from {@code -Dbis.sharedData} like the tests.
 */
public final class BenchmarkCatalogues {

  private BenchmarkCatalogues() {}

  /** {@code munich} or {@code ozg}. */
  public static Catalog load(String name) {
    Path shared = sharedData();
    try {
      return switch (name) {
        case "munich" -> DldbImporter.read(shared.resolve("catalogue/munich-dldb")).catalog();
        case "ozg" -> OzgImporter.read(shared.resolve("catalogue/ozg")).catalog();
        default -> throw new IllegalArgumentException("no catalogue called " + name);
      };
    } catch (ImportException e) {
      throw new IllegalStateException(
          "cannot read the " + name + " catalogue: " + e.getMessage(), e);
    }
  }

  private static Path sharedData() {
    String root = System.getProperty("bis.sharedData", "");
    if (root.isBlank() || !Files.isDirectory(Path.of(root, "catalogue"))) {
      throw new IllegalStateException(
          "benchmarks need the shared catalogues: run with -Dbis.sharedData=<path to shared/data>");
    }
    return Path.of(root);
  }

  /**
   * What the search sees while citizens type the queries of our tuning set: for each query, the
   * text after every keystroke from the second character on (the kiosk searches as you type).
   */
  public static List<SearchRequest> keystrokes() {
    List<SearchRequest> requests = new ArrayList<>();
    for (EvaluationCase query : tuningQueries()) {
      String text = query.query();
      for (int end = 2; end <= text.length(); end++) {
        requests.add(new SearchRequest(text.substring(0, end), query.language(), 10, false));
      }
    }
    return requests;
  }

  /** The finished queries of the tuning set, one request each. */
  public static List<SearchRequest> finishedQueries() {
    return tuningQueries().stream()
        .map(q -> new SearchRequest(q.query() + " ", q.language(), 10, false))
        .toList();
  }

  private static List<EvaluationCase> tuningQueries() {
    try (var in = BenchmarkCatalogues.class.getResourceAsStream("/eval/munich-tuning.tsv")) {
      return EvaluationFile.parse(
          "munich-tuning.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
