package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.search.Evaluation;
import de.buergerinfo.content.search.EvaluationCase;
import de.buergerinfo.content.search.EvaluationFile;
import de.buergerinfo.content.search.ServiceIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bis content eval FILE.tsv}: hit@1, hit@3 and MRR per language. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measure search quality: FILE has lines lang<TAB>query<TAB>id,id,...")
public final class ContentEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Evaluation set (TSV).")
  Path file;

  @Mixin CatalogueOptions catalogueOptions;

  @Option(
      names = "--misses",
      description = "List the queries whose right service is not in the first three.")
  boolean misses;

  @Override
  public Integer call() throws Exception {
    if (catalogueOptions.catalogue == null) {
      throw new CommandLines.UsageException("--catalogue KIND:DIR is required");
    }
    List<EvaluationCase> cases = EvaluationFile.read(file);
    Catalog catalog = catalogueOptions.catalogue.read().catalog();
    for (EvaluationCase evaluationCase : cases) {
      for (String id : evaluationCase.expectedIds()) {
        if (catalog.service(id).isEmpty()) {
          throw new CommandLines.UsageException(
              file
                  + ":"
                  + evaluationCase.line()
                  + ": service '"
                  + id
                  + "' is not in the catalogue");
        }
      }
    }
    Evaluation.Result result;
    try (ServiceIndex index = catalogueOptions.index(catalog)) {
      result = Evaluation.run(index, cases);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("lang        queries  hit@1  hit@3    MRR");
    result.perLanguage().forEach((language, figures) -> out.println(row(language.tag(), figures)));
    out.println(row("all", result.overall()));
    if (misses) {
      for (Evaluation.Miss miss : result.misses()) {
        out.printf(
            "miss %s:%d %s \"%s\" expected %s, found %s%n",
            file.getFileName(),
            miss.evaluationCase().line(),
            miss.evaluationCase().language().tag(),
            miss.evaluationCase().query(),
            miss.evaluationCase().expectedIds(),
            miss.found());
      }
    }
    out.flush();
    return 0;
  }

  private static String row(String label, Evaluation.Figures figures) {
    return String.format(
        Locale.ROOT,
        "%-10s %8d  %5.3f  %5.3f  %5.3f",
        label,
        figures.queries(),
        figures.hitAt1(),
        figures.hitAt3(),
        figures.mrr());
  }
}
