package de.buergerinfo.content.search;

import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.language.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the glossary concepts a query mentions, in the query's language: "kimlik kartımı kaybettim"
 * mentions "identity card" and "loss". Terms are compared after the language's own analysis (so
 * inflected forms match), single words also with one typo.
 */
final class GlossaryMatcher {

  /** Longest term, in words, that is looked for. */
  static final int MAX_TERM_WORDS = 4;

  /** Words at least this long may differ by one letter. */
  static final int FUZZY_MIN_LENGTH = 5;

  private final Map<Language, Map<String, Set<GlossaryConcept>>> byLanguage =
      new EnumMap<>(Language.class);

  GlossaryMatcher(List<GlossaryConcept> glossary) {
    for (GlossaryConcept concept : glossary) {
      concept
          .terms()
          .forEach(
              (language, terms) -> {
                for (String term : terms) {
                  String key =
                      String.join(" ", Tokens.of(LanguageAnalyzers.of(language), "", term));
                  if (!key.isEmpty()) {
                    byLanguage
                        .computeIfAbsent(language, l -> new HashMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(concept);
                  }
                }
              });
    }
  }

  /**
   * Concepts whose terms appear among {@code tokens} (already analysed for {@code language}). The
   * longest term wins: in "закордонний паспорт" (passport) the word "паспорт" alone (which can also
   * mean identity card) does not count.
   */
  Set<GlossaryConcept> conceptsIn(Language language, List<String> tokens) {
    return conceptsIn(language, tokens, true);
  }

  /**
   * Like {@link #conceptsIn(Language, List)}, but without typos: for words of another language
   * mixed into a query ("ID" in a Turkish one), where one letter off finds false friends (German
   * "Termin" is one letter from English "vermin").
   */
  Set<GlossaryConcept> conceptsExactlyIn(Language language, List<String> tokens) {
    return conceptsIn(language, tokens, false);
  }

  private Set<GlossaryConcept> conceptsIn(Language language, List<String> tokens, boolean typos) {
    Map<String, Set<GlossaryConcept>> terms = byLanguage.getOrDefault(language, Map.of());
    boolean[] covered = new boolean[tokens.size()];
    Set<GlossaryConcept> found = new LinkedHashSet<>();
    for (int words = Math.min(MAX_TERM_WORDS, tokens.size()); words >= 1; words--) {
      for (int start = 0; start + words <= tokens.size(); start++) {
        if (allCovered(covered, start, start + words)) {
          continue;
        }
        Set<GlossaryConcept> concepts =
            terms.get(String.join(" ", tokens.subList(start, start + words)));
        if (concepts == null
            && typos
            && words == 1
            && tokens.get(start).length() >= FUZZY_MIN_LENGTH) {
          List<GlossaryConcept> near = oneTypoAway(terms, tokens.get(start));
          concepts = near.isEmpty() ? null : new LinkedHashSet<>(near);
        }
        if (concepts != null) {
          found.addAll(concepts);
          java.util.Arrays.fill(covered, start, start + words, true);
        }
      }
    }
    return found;
  }

  private static boolean allCovered(boolean[] covered, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!covered[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<GlossaryConcept> oneTypoAway(
      Map<String, Set<GlossaryConcept>> terms, String word) {
    List<GlossaryConcept> found = new ArrayList<>();
    for (Map.Entry<String, Set<GlossaryConcept>> term : terms.entrySet()) {
      String key = term.getKey();
      if (key.indexOf(' ') < 0 && EditDistance.isOneEdit(key, word)) {
        found.addAll(term.getValue());
      }
    }
    return found;
  }
}
