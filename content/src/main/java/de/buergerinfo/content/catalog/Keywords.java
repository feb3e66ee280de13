package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Search words per language: trimmed, without blanks or duplicates, immutable. */
final class Keywords {

  private Keywords() {}

  static Map<Language, List<String>> copy(Map<Language, List<String>> keywords) {
    EnumMap<Language, List<String>> copy = new EnumMap<>(Language.class);
    keywords.forEach(
        (language, words) -> {
          List<String> kept =
              words.stream().map(String::strip).filter(w -> !w.isEmpty()).distinct().toList();
          if (!kept.isEmpty()) {
            copy.put(language, kept);
          }
        });
    return Collections.unmodifiableMap(copy);
  }
}
