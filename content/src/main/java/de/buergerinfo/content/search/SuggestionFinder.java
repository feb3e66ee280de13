package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds suggestions for a search without results: each word the catalogue and glossary do not know
 * is replaced by the nearest word they do know (the more frequent one on a tie), and life
 * situations whose names share a word with the query are offered for browsing.
 */
final class SuggestionFinder {

  /** Life situations offered at most. */
  static final int MAX_SITUATIONS = 5;

  /** Words shorter than this are never corrected: too many neighbours. */
  static final int MIN_CORRECTED_LENGTH = 4;

  /** A word as written in the catalogue, and how often it occurs. */
  private record KnownWord(String written, int count) {}

  private final Map<Language, Map<String, KnownWord>> vocabulary = new EnumMap<>(Language.class);
  private final List<LifeSituation> situations;

  SuggestionFinder(Catalog catalog, List<GlossaryConcept> glossary) {
    for (Service service : catalog.services()) {
      addAll(service.name());
      service.keywords().forEach((language, words) -> words.forEach(w -> add(language, w)));
    }
    for (LifeSituation situation : catalog.lifeSituations()) {
      addAll(situation.name());
    }
    for (GlossaryConcept concept : glossary) {
      concept.terms().forEach((language, terms) -> terms.forEach(t -> add(language, t)));
    }
    this.situations = catalog.lifeSituations();
  }

  private void addAll(LocalizedText text) {
    text.values().forEach(this::add);
  }

  private void add(Language language, String text) {
    Map<String, KnownWord> words = vocabulary.computeIfAbsent(language, l -> new HashMap<>());
    for (String word : words(text)) {
      String key = key(word);
      KnownWord known = words.get(key);
      words.put(
          key,
          new KnownWord(
              known == null ? word : known.written(), known == null ? 1 : known.count() + 1));
    }
  }

  /**
   * Suggestions for {@code request}; a corrected query is offered only when {@code findsSomething}
   * says it does.
   */
  Suggestions suggest(SearchRequest request, Predicate<String> findsSomething) {
    Language language = request.language();
    List<String> typed = words(request.text());
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String word : typed) {
      String better = correction(language, word);
      changed |= !better.equals(word);
      corrected.add(better);
    }
    List<String> queries = new ArrayList<>();
    String correctedQuery = String.join(" ", corrected);
    if (changed && findsSomething.test(correctedQuery)) {
      queries.add(correctedQuery);
    }
    Set<String> situationIds = new LinkedHashSet<>();
    for (LifeSituation situation : situations) {
      if (situationIds.size() < MAX_SITUATIONS && touches(situation, language, corrected)) {
        situationIds.add(situation.id());
      }
    }
    return new Suggestions(queries, List.copyOf(situationIds));
  }

  private String correction(Language language, String word) {
    String key = key(word);
    if (key.length() < MIN_CORRECTED_LENGTH
        || isKnown(language, key)
        || isKnown(Language.GERMAN, key)) {
      return word;
    }
    // One more edit than the search's typo matching allows for mid-length words: a suggestion is
    // only wanted where that matching already found nothing.
    int allowed = key.length() >= 6 ? 2 : 1;
    KnownWord best = null;
    int bestDistance = allowed + 1;
    for (Language source : List.of(language, Language.GERMAN)) {
      for (Map.Entry<String, KnownWord> candidate :
          vocabulary.getOrDefault(source, Map.of()).entrySet()) {
        String other = candidate.getKey();
        if (Math.abs(other.length() - key.length()) > allowed) {
          continue;
        }
        int distance = EditDistance.between(key, other);
        if (distance < bestDistance
            || distance == bestDistance
                && best != null
                && candidate.getValue().count() > best.count()) {
          best = candidate.getValue();
          bestDistance = distance;
        }
      }
    }
    return best == null ? word : best.written();
  }

  private boolean isKnown(Language language, String key) {
    return vocabulary.getOrDefault(language, Map.of()).containsKey(key);
  }

  private static boolean touches(LifeSituation situation, Language language, List<String> query) {
    Set<String> nameWords = new LinkedHashSet<>();
    for (Language source : List.of(language, Language.GERMAN)) {
      situation
          .name()
          .in(source)
          .ifPresent(name -> words(name).forEach(w -> nameWords.add(key(w))));
    }
    for (String word : query) {
      String key = key(word);
      if (key.length() < MIN_CORRECTED_LENGTH) {
        continue;
      }
      for (String nameWord : nameWords) {
        if (nameWord.startsWith(key)
            || key.startsWith(nameWord) && nameWord.length() >= MIN_CORRECTED_LENGTH) {
          return true;
        }
      }
    }
    return false;
  }

  /** Letters and digits of {@code text}, split at everything else. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{N}\\p{M}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
