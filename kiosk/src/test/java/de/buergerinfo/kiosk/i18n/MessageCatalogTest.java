package de.buergerinfo.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageCatalogTest {

  private final MessageCatalog catalog = MessageCatalog.load();
  private final Set<String> germanKeys = catalog.messages(Language.GERMAN).keys();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageHasEveryKeyAndNoOther(Language language) {
    assertThat(catalog.messages(language).keys()).isEqualTo(germanKeys);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noTextIsEmptyOrAPlaceholder(Language language) {
    Messages messages = catalog.messages(language);
    for (String key : germanKeys) {
      assertThat(messages.text(key))
          .as(language.tag() + " " + key)
          .isNotBlank()
          .doesNotStartWith("[");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void textsAreSafeForJavaFx(Language language) {
    Messages messages = catalog.messages(language);
    for (String key : germanKeys) {
      assertThat(DisplayText.hasFormatCharacters(messages.text(key))).as(key).isFalse();
    }
  }

  @Test
  void translationsAreNotCopiesOfGerman() {
    Messages german = catalog.messages(Language.GERMAN);
    for (Language language :
        List.of(
            Language.ENGLISH,
            Language.TURKISH,
            Language.ARABIC,
            Language.RUSSIAN,
            Language.UKRAINIAN,
            Language.POLISH,
            Language.PERSIAN)) {
      assertThat(catalog.messages(language).text("home.title"))
          .as(language.tag())
          .isNotEqualTo(german.text("home.title"));
    }
  }

  @Test
  void arabicAndPersianTextsAreWrittenInArabicScript() {
    for (Language language : List.of(Language.ARABIC, Language.PERSIAN)) {
      String title = catalog.messages(language).text("home.title");
      assertThat(
              title
                  .codePoints()
                  .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
          .as(language.tag())
          .isTrue();
    }
  }

  @Test
  void persianKeepsItsHalfSpacesAsNarrowNoBreakSpaces() {
    // "می‌توانیم" (we can) is written with a zero-width non-joiner in the source file.
    assertThat(catalog.messages(Language.PERSIAN).text("home.title")).contains("می\u202Fتوانیم");
  }

  /** Leichte Sprache rules we can check mechanically (BITV 2.0, Annex 2 Part 2). */
  @Test
  void leichteSpracheUsesShortSentencesAndNoAbbreviations() {
    Messages easy = catalog.messages(Language.GERMAN_EASY);
    Pattern abbreviation =
        Pattern.compile("\\b(z\\. ?B\\.|bzw\\.|usw\\.|ca\\.|ggf\\.|d\\. ?h\\.|u\\. ?a\\.|Nr\\.)");
    for (String key : germanKeys) {
      String text = easy.text(key);
      assertThat(abbreviation.matcher(text).find())
          .as("abbreviation in " + key + ": " + text)
          .isFalse();
      for (String sentence : text.split("[.!?:]")) {
        long words = Arrays.stream(sentence.trim().split("\\s+")).filter(w -> !w.isEmpty()).count();
        assertThat(words).as("sentence in " + key + ": " + sentence).isLessThanOrEqualTo(10);
      }
    }
  }

  @Test
  void aMissingKeyFallsBackAlongTheLanguageChain() {
    assertThat(catalog.messages(Language.PERSIAN).text("no.such.key")).isEqualTo("[no.such.key]");
  }

  @Test
  void pluralsFollowEachLanguagesRulesAndNumbersStayInLatinDigits() {
    String russian =
        "{n, plural, one {# результат} few {# результата} many {# результатов} other {# результата}}";
    Messages ru = new Messages(Language.RUSSIAN, java.util.Map.of("k", russian), catalog);
    assertThat(ru.format("k", "n", 1)).isEqualTo("1 результат");
    assertThat(ru.format("k", "n", 3)).isEqualTo("3 результата");
    assertThat(ru.format("k", "n", 5)).isEqualTo("5 результатов");
    assertThat(ru.format("k", "n", 21)).isEqualTo("21 результат");
    String arabic =
        "{n, plural, zero {لا نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}";
    Messages ar = new Messages(Language.ARABIC, java.util.Map.of("k", arabic), catalog);
    assertThat(ar.format("k", "n", 2)).isEqualTo("نتيجتان");
    assertThat(ar.format("k", "n", 7)).isEqualTo("7 نتائج");
    assertThat(ar.format("k", "n", 11)).isEqualTo("11 نتيجة");
    Messages fa =
        new Messages(Language.PERSIAN, java.util.Map.of("k", "{n, number} مورد"), catalog);
    assertThat(fa.format("k", "n", 1234)).isEqualTo("1,234 مورد");
  }

  @Test
  void aBrokenPatternShowsTheKeyInsteadOfFailing() {
    Messages de =
        new Messages(Language.GERMAN, java.util.Map.of("k", "{n, plural, one {x}"), catalog);
    assertThat(de.format("k", "n", 1)).isEqualTo("[k]");
  }
}
