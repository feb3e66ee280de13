package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;

/**
 * One administrative concept in every language, with the words people use for it: official terms,
 * colloquial forms, transliterations ("Personalausweis", "Perso", "kimlik kartı", "بطاقة الهوية",
 * "паспорт").
 *
 * @param id stable id, such as {@code identity-card}
 * @param terms words per language; the first is the preferred term
 */
public record GlossaryConcept(String id, Map<Language, List<String>> terms) {

  public GlossaryConcept {
    CatalogIds.check(id, "glossary concept id");
    terms = Keywords.copy(terms);
    if (!terms.containsKey(Language.GERMAN)) {
      throw new IllegalArgumentException("glossary concept " + id + " needs a German term");
    }
  }

  public List<String> termsIn(Language language) {
    return terms.getOrDefault(language, List.of());
  }
}
