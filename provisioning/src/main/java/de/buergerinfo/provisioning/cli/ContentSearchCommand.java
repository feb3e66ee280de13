package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.SearchHit;
import de.buergerinfo.content.search.SearchRequest;
import de.buergerinfo.content.search.ServiceIndex;
import de.buergerinfo.content.search.Suggestions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code bis content search}: what a citizen would find. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Search a catalogue as the kiosk does.",
      "With --stdin, reads lines LANG<TAB>QUERY and prints one JSON line for each."
    })
public final class ContentSearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CatalogueOptions catalogueOptions;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder whose store to search (instead of --catalogue).")
  Path data;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "de",
      converter = LanguageConverter.class,
      description = "Language of the query (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Results at most, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One JSON line instead of a table.")
  boolean json;

  @Option(names = "--explain", description = "Say why each result ranked.")
  boolean explain;

  @Option(names = "--stdin", description = "Read LANG<TAB>QUERY lines from standard input.")
  boolean stdin;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..*",
      description = "The query (several words allowed).")
  List<String> words = List.of();

  @Override
  public Integer call() throws Exception {
    if ((catalogueOptions.catalogue == null) == (data == null)) {
      throw new CommandLines.UsageException("give either --catalogue KIND:DIR or --data DIR");
    }
    if (limit < 1 || limit > 100) {
      throw new CommandLines.UsageException("--limit must be between 1 and 100");
    }
    if (stdin == !words.isEmpty()) {
      throw new CommandLines.UsageException("give a QUERY or --stdin, not both and not neither");
    }
    Catalog catalog =
        catalogueOptions.catalogue != null
            ? catalogueOptions.catalogue.read().catalog()
            : CatalogueSource.fromStore(data);
    PrintWriter out = spec.commandLine().getOut();
    try (ServiceIndex index = catalogueOptions.index(catalog)) {
      if (stdin) {
        searchLines(index, catalog, out);
      } else {
        String query = String.join(" ", words);
        SearchRequest request = new SearchRequest(query, language, limit, explain);
        List<SearchHit> hits = index.search(request);
        Suggestions suggestions = suggestionsFor(index, request, hits);
        out.println(
            json
                ? SearchOutput.json(catalog, language, query, hits, suggestions)
                : SearchOutput.table(catalog, language, hits, suggestions));
      }
    }
    out.flush();
    return 0;
  }

  /** Suggestions only where the search found nothing, as on the kiosk. */
  private static Suggestions suggestionsFor(
      ServiceIndex index, SearchRequest request, List<SearchHit> hits) {
    return hits.isEmpty() ? index.suggest(request) : new Suggestions(List.of(), List.of());
  }

  private void searchLines(ServiceIndex index, Catalog catalog, PrintWriter out)
      throws java.io.IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      String tag = tab < 0 ? "" : line.substring(0, tab).strip();
      String query = tab < 0 ? line : line.substring(tab + 1);
      var lineLanguage = Language.fromTag(tag);
      if (lineLanguage.isEmpty()) {
        out.println(
            SearchOutput.jsonError(
                tag, query, "expected LANG<TAB>QUERY with LANG one of " + Language.allTags()));
        continue;
      }
      SearchRequest request = new SearchRequest(query, lineLanguage.get(), limit, explain);
      List<SearchHit> hits = index.search(request);
      out.println(
          SearchOutput.json(
              catalog, lineLanguage.get(), query, hits, suggestionsFor(index, request, hits)));
      out.flush();
    }
  }

  /** A language tag of ours. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromTag(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not one of " + Language.allTags()));
    }
  }
}
