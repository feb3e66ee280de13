package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** German-only services with just what search looks at, for search tests. */
final class TestServices {

  private TestServices() {}

  /** {@code keywords} comma-separated; {@code text} becomes the short text. */
  static Service service(
      String id, String name, String keywords, String text, List<String> situations) {
    return new Service(
        id,
        List.of(),
        LocalizedText.of(Language.GERMAN, name),
        LocalizedText.of(Language.GERMAN, text),
        LocalizedText.empty(),
        keywords.isEmpty() ? Map.of() : Map.of(Language.GERMAN, List.of(keywords.split(","))),
        List.of(),
        List.of(),
        LocalizedText.empty(),
        LocalizedText.empty(),
        List.of(),
        Optional.empty(),
        LocalizedText.empty(),
        List.of(),
        List.of(),
        situations,
        Optional.empty(),
        "");
  }
}
