package de.buergerinfo.content.search;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How much memory a terminal needs for a catalogue: the catalogue as the kiosk holds it after
 * loading it from its H2 store, the search index on top, and the store's file size. Prints one line
 * per catalogue; run by the {@code bench} profile after the JMH benchmarks.
 */
public final class SearchMemoryReport {

  private SearchMemoryReport() {}

  public static void main(String[] args) throws Exception {
    for (String name : args.length > 0 ? args : new String[] {"munich", "ozg"}) {
      report(name);
    }
  }

  private static void report(String name) throws IOException {
    Path folder = Files.createTempDirectory("bis-memory-" + name);
    try {
      try (ContentDatabase database = ContentDatabase.open(folder)) {
        new CatalogStore(database).replace(BenchmarkCatalogues.load(name));
      }
      long before = usedHeapAfterGc();
      try (ContentDatabase database = ContentDatabase.open(folder)) {
        Catalog catalog = new CatalogStore(database).load();
        long withCatalog = usedHeapAfterGc();
        try (ServiceIndex index = ServiceIndex.build(catalog, BremenContent.load().glossary())) {
          long withIndex = usedHeapAfterGc();
          System.out.printf(
              Locale.ROOT,
              "memory %-7s services %5d  catalogue %6.1f MB  index %6.1f MB (Lucene files %5.1f MB)"
                  + "  store file %6.1f MB%n",
              name,
              index.size(),
              mb(withCatalog - before),
              mb(withIndex - withCatalog),
              mb(index.sizeInBytes()),
              mb(folderSize(folder)));
          if (catalog.services().isEmpty()) {
            throw new IllegalStateException("keeps the catalogue reachable until measured");
          }
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
