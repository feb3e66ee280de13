package de.buergerinfo.content.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @Test
  void theNineLanguagesInTheOrderCitizensSeeThem() {
    assertThat(Arrays.stream(Language.values()).map(Language::tag))
        .containsExactly("de", "de-x-easy", "en", "tr", "ar", "ru", "uk", "pl", "fa");
    assertThat(Language.allTags()).isEqualTo("de, de-x-easy, en, tr, ar, ru, uk, pl, fa");
  }

  @Test
  void onlyArabicAndPersianAreRightToLeft() {
    for (Language language : Language.values()) {
      assertThat(language.isRightToLeft())
          .as(language.tag())
          .isEqualTo(language == Language.ARABIC || language == Language.PERSIAN);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTagIsFoundInAnyCase(Language language) {
    assertThat(Language.fromTag(language.tag())).contains(language);
    assertThat(Language.fromTag(language.tag().toUpperCase())).contains(language);
  }

  @Test
  void tagsAreFoundIgnoringCase() {
    assertThat(Language.fromTag("De-X-Easy")).contains(Language.GERMAN_EASY);
    assertThat(Language.fromTag("FA")).contains(Language.PERSIAN);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "fr", " de", "de ", "de-DE", "de_x_easy", "easy", "deutsch", "*"})
  void unknownOrBlankTagsAreNotFound(String tag) {
    assertThat(Language.fromTag(tag)).isEmpty();
  }

  @Test
  void germanHasNoFallback() {
    assertThat(Language.GERMAN.fallbacks()).isEmpty();
  }

  @Test
  void leichteSpracheAndEnglishFallBackToGerman() {
    assertThat(Language.GERMAN_EASY.fallbacks()).containsExactly(Language.GERMAN);
    assertThat(Language.ENGLISH.fallbacks()).containsExactly(Language.GERMAN);
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"TURKISH", "ARABIC", "RUSSIAN", "UKRAINIAN", "POLISH", "PERSIAN"})
  void everyOtherLanguageFallsBackToEnglishThenGerman(Language language) {
    assertThat(language.fallbacks()).containsExactly(Language.ENGLISH, Language.GERMAN);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyChainEndsInGermanAndNeverContainsTheLanguageItself(Language language) {
    List<Language> chain = language.fallbacks();

    assertThat(chain).doesNotContain(language).doesNotHaveDuplicates();
    if (language != Language.GERMAN) {
      assertThat(chain).endsWith(Language.GERMAN);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageHasANativeNameAndALocale(Language language) {
    assertThat(language.nativeName()).isNotBlank();
    assertThat(language.locale().getLanguage()).isEqualTo(language.tag().substring(0, 2));
  }

  @Test
  void leichteSpracheFormatsLikeGerman() {
    assertThat(Language.GERMAN_EASY.locale().getLanguage()).isEqualTo("de");
  }
}
