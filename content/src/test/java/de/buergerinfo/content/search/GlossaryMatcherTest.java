package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlossaryMatcherTest {

  private final GlossaryMatcher matcher =
      new GlossaryMatcher(
          List.of(
              new GlossaryConcept(
                  "pests",
                  Map.of(
                      Language.ENGLISH, List.of("vermin"), Language.GERMAN, List.of("Schädlinge"))),
              new GlossaryConcept(
                  "passport",
                  Map.of(
                      Language.UKRAINIAN,
                      List.of("закордонний паспорт"),
                      Language.GERMAN,
                      List.of("Reisepass")))));

  @Test
  void aWordOneLetterOffFindsItsConceptInTheQuerysOwnLanguage() {
    assertThat(matcher.conceptsIn(Language.ENGLISH, List.of("vermim")))
        .extracting(GlossaryConcept::id)
        .containsExactly("pests");
  }

  @Test
  void wordsOfAnotherLanguageMixedIntoAQueryMatchOnlyAsWritten() {
    // German "Termin" is one letter from English "vermin": no false friend.
    assertThat(matcher.conceptsExactlyIn(Language.ENGLISH, List.of("termin"))).isEmpty();
    assertThat(matcher.conceptsExactlyIn(Language.ENGLISH, List.of("vermin")))
        .extracting(GlossaryConcept::id)
        .containsExactly("pests");
  }

  @Test
  void theLongestTermWins() {
    List<String> tokens =
        Tokens.of(LanguageAnalyzers.of(Language.UKRAINIAN), "", "закордонний паспорт");

    assertThat(matcher.conceptsIn(Language.UKRAINIAN, tokens))
        .extracting(GlossaryConcept::id)
        .containsExactly("passport");
  }
}
