package de.buergerinfo.content.search;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What each keystroke query costs by itself: every keystroke of the tuning set replayed in rounds,
 * each request's best time over the later rounds, and per round the p50/p99 over all requests. A
 * p99 far above the slowest best time is the scheduler or the collector, not the query; JMH's p99
 * cannot tell these apart. Run by the {@code bench} profile after the JMH benchmarks.
 */
public final class KeystrokeCostReport {

  private static final int ROUNDS = 12;
  private static final int SLOWEST_SHOWN = 5;

  private KeystrokeCostReport() {}

  public static void main(String[] args) {
    for (String name : args.length > 0 ? args : new String[] {"munich", "ozg"}) {
      report(name);
    }
  }

  private static void report(String name) {
    Catalog catalog = BenchmarkCatalogues.load(name);
    List<SearchRequest> keystrokes = BenchmarkCatalogues.keystrokes();
    long[][] nanos = new long[keystrokes.size()][ROUNDS];
    try (ServiceIndex index = ServiceIndex.build(catalog, BremenContent.load().glossary())) {
      for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < keystrokes.size(); i++) {
          long start = System.nanoTime();
          if (index.search(keystrokes.get(i)).size() > keystrokes.get(i).limit()) {
            throw new IllegalStateException("more hits than asked for");
          }
          nanos[i][round] = System.nanoTime() - start;
        }
      }
    }
    int laterRounds = ROUNDS / 2;
    long[] lastRound =
        IntStream.range(0, keystrokes.size())
            .mapToLong(i -> nanos[i][ROUNDS - 1])
            .sorted()
            .toArray();
    long[] best =
        IntStream.range(0, keystrokes.size())
            .mapToLong(i -> Arrays.stream(nanos[i], laterRounds, ROUNDS).min().orElseThrow())
            .toArray();
    long[] bestSorted = best.clone();
    Arrays.sort(bestSorted);
    System.out.printf(
        Locale.ROOT,
        "keystrokes %-7s %d requests  last round p50 %.3f p99 %.3f ms  best-of-%d p50 %.3f p99 %.3f"
            + " max %.3f ms%n",
        name,
        keystrokes.size(),
        ms(percentile(lastRound, 50)),
        ms(percentile(lastRound, 99)),
        laterRounds,
        ms(percentile(bestSorted, 50)),
        ms(percentile(bestSorted, 99)),
        ms(bestSorted[bestSorted.length - 1]));
    IntStream.range(0, keystrokes.size())
        .boxed()
        .sorted(Comparator.comparingLong((Integer i) -> best[i]).reversed())
        .limit(SLOWEST_SHOWN)
        .forEach(
            i ->
                System.out.printf(
                    Locale.ROOT,
                    "  slowest %.3f ms  %s  %s%n",
                    ms(best[i]),
                    keystrokes.get(i).language().tag(),
                    keystrokes.get(i).text()));
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
