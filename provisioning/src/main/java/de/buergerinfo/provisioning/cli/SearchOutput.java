package de.buergerinfo.provisioning.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.SearchHit;
import de.buergerinfo.content.search.Suggestions;
import java.util.List;
import java.util.Locale;

/** Search results as one JSON line or as a table for people. */
final class SearchOutput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchOutput() {}

  /** {@code {"lang":..,"query":..,"results":[{"id":..,"leika":..,"title":..,"score":..}]}}. */
  static String json(
      Catalog catalog,
      Language language,
      String query,
      List<SearchHit> hits,
      Suggestions suggestions) {
    ObjectNode line = JSON.createObjectNode();
    line.put("lang", language.tag());
    line.put("query", query);
    ArrayNode results = line.putArray("results");
    for (SearchHit hit : hits) {
      Service service = catalog.service(hit.serviceId()).orElseThrow();
      ObjectNode result = results.addObject();
      result.put("id", service.id());
      if (service.leikaKeys().isEmpty()) {
        result.putNull("leika");
      } else {
        result.put("leika", service.leikaKeys().getFirst().value());
      }
      result.put("title", title(service, language).text());
      result.put("score", Math.round(hit.score() * 1000) / 1000.0);
      hit.explanation().ifPresent(explanation -> result.put("explain", explanation));
    }
    if (!suggestions.isEmpty()) {
      ObjectNode suggested = line.putObject("suggestions");
      suggestions.queries().forEach(suggested.putArray("queries")::add);
      ArrayNode situations = suggested.putArray("lifeSituations");
      for (String id : suggestions.lifeSituationIds()) {
        situations.addObject().put("id", id).put("title", situationName(catalog, id, language));
      }
    }
    return line.toString();
  }

  /** An input line that could not be searched. */
  static String jsonError(String lang, String query, String error) {
    ObjectNode line = JSON.createObjectNode();
    line.put("lang", lang);
    line.put("query", query);
    line.put("error", error);
    line.putArray("results");
    return line.toString();
  }

  static String table(
      Catalog catalog, Language language, List<SearchHit> hits, Suggestions suggestions) {
    if (hits.isEmpty()) {
      StringBuilder none = new StringBuilder("no results");
      for (String query : suggestions.queries()) {
        none.append(System.lineSeparator()).append("did you mean: ").append(query);
      }
      if (!suggestions.lifeSituationIds().isEmpty()) {
        none.append(System.lineSeparator())
            .append("life situations: ")
            .append(
                String.join(
                    ", ",
                    suggestions.lifeSituationIds().stream()
                        .map(id -> situationName(catalog, id, language) + " (" + id + ")")
                        .toList()));
      }
      return none.toString();
    }
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < hits.size(); i++) {
      SearchHit hit = hits.get(i);
      Service service = catalog.service(hit.serviceId()).orElseThrow();
      ResolvedText title = title(service, language);
      table.append(
          String.format(
              Locale.ROOT,
              "%2d. %-12s %7.3f  %s%s%n",
              i + 1,
              service.id(),
              hit.score(),
              title.text(),
              title.isFallback() ? " [" + title.language().tag() + "]" : ""));
      hit.explanation().ifPresent(explanation -> table.append(explanation.indent(6)));
    }
    return table.toString().stripTrailing();
  }

  private static String situationName(Catalog catalog, String id, Language language) {
    return catalog.lifeSituations().stream()
        .filter(situation -> situation.id().equals(id))
        .findFirst()
        .flatMap(situation -> situation.name().resolve(language))
        .map(ResolvedText::text)
        .orElse(id);
  }

  private static ResolvedText title(Service service, Language language) {
    return service
        .name()
        .resolve(language)
        .or(
            () ->
                service.name().values().entrySet().stream()
                    .findFirst()
                    .map(e -> new ResolvedText(e.getValue(), e.getKey(), language)))
        .orElseThrow();
  }
}
