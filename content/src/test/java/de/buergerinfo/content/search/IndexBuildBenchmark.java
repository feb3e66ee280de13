package de.buergerinfo.content.search;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building the search index from a catalogue in memory: what a terminal does after each sync. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class IndexBuildBenchmark {

  @Param({"munich", "ozg"})
  public String catalogue;

  private Catalog catalog;
  private List<GlossaryConcept> glossary;

  @Setup
  public void load() {
    catalog = BenchmarkCatalogues.load(catalogue);
    glossary = BremenContent.load().glossary();
  }

  @Benchmark
  public int build() {
    try (ServiceIndex index = ServiceIndex.build(catalog, glossary)) {
      return index.size();
    }
  }
}
