package de.buergerinfo.content.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LanguageTest {

  @Test
  void theNineLanguagesInTheOrderCitizensSeeThem() {
    assertThat(Arrays.stream(Language.values()).map(Language::tag))
        .containsExactly("de", "de-x-easy", "en", "tr", "ar", "ru", "uk", "pl", "fa");
    assertThat(Language.allTags()).isEqualTo("de, de-x-easy, en, tr, ar, ru, uk, pl, fa");
  }

  @Test
  void arabicAndPersianAreRightToLeft() {
    assertThat(Arrays.stream(Language.values()).filter(Language::isRightToLeft))
        .containsExactly(Language.ARABIC, Language.PERSIAN);
  }

  @Test
  void tagsAreFoundIgnoringCase() {
    assertThat(Language.fromTag("DE-X-EASY")).contains(Language.GERMAN_EASY);
    assertThat(Language.fromTag("fa")).contains(Language.PERSIAN);
    assertThat(Language.fromTag("fr")).isEmpty();
    assertThat(Language.fromTag("")).isEmpty();
    assertThat(Language.fromTag(" de")).isEmpty();
  }

  @Test
  void fallbackChains() {
    assertThat(Language.GERMAN.fallbacks()).isEmpty();
    assertThat(Language.GERMAN_EASY.fallbacks()).containsExactly(Language.GERMAN);
    assertThat(Language.ENGLISH.fallbacks()).containsExactly(Language.GERMAN);
    assertThat(Language.PERSIAN.fallbacks()).containsExactly(Language.ENGLISH, Language.GERMAN);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyChainEndsInGermanAndNeverContainsItself(Language language) {
    if (language != Language.GERMAN) {
      assertThat(language.fallbacks()).endsWith(Language.GERMAN);
    }
    assertThat(language.fallbacks()).doesNotContain(language);
    assertThat(language.nativeName()).isNotBlank();
  }

  @Test
  void leichteSpracheFormatsLikeGerman() {
    assertThat(Language.GERMAN_EASY.locale().getLanguage()).isEqualTo("de");
  }
}
