package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.language.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the life situations a query names ("Geburt", "taşınma"): a word of the query that is a word
 * of a situation's name in that language, after the language's analysis. Short words (and, of) are
 * ignored.
 */
final class LifeSituationMatcher {

  /** Name words shorter than this do not identify a life situation. */
  static final int MIN_WORD_LENGTH = 4;

  private final Map<Language, Map<String, Set<String>>> byWord = new EnumMap<>(Language.class);

  LifeSituationMatcher(List<LifeSituation> situations) {
    for (LifeSituation situation : situations) {
      situation.name().values().forEach((language, name) -> add(language, name, situation.id()));
    }
  }

  private void add(Language language, String name, String situationId) {
    // Length is judged on the written word: stems can be short ("doğumu" gives "dok").
    for (String written : SuggestionFinder.words(name)) {
      if (written.length() < MIN_WORD_LENGTH) {
        continue;
      }
      for (String word :
          Tokens.of(
              LanguageAnalyzers.of(language), ServiceIndex.field("name", language), written)) {
        byWord
            .computeIfAbsent(language, l -> new HashMap<>())
            .computeIfAbsent(word, w -> new LinkedHashSet<>())
            .add(situationId);
      }
    }
  }

  /** Ids of the situations named by {@code tokens}, already analysed for {@code language}. */
  Set<String> namedIn(Language language, List<String> tokens) {
    Map<String, Set<String>> words = byWord.getOrDefault(language, Map.of());
    Set<String> found = new LinkedHashSet<>();
    for (String token : tokens) {
      found.addAll(words.getOrDefault(token, Set.of()));
    }
    return found;
  }
}
