package de.buergerinfo.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private final LocalizedText text =
      new LocalizedText(
          Map.of(
              Language.GERMAN, "Personalausweis",
              Language.ENGLISH, "Identity card",
              Language.TURKISH, "Kimlik kartı"));

  @Test
  void aLanguageWithItsOwnTextGetsItUnmarked() {
    ResolvedText turkish = text.resolve(Language.TURKISH).orElseThrow();

    assertThat(turkish.text()).isEqualTo("Kimlik kartı");
    assertThat(turkish.isFallback()).isFalse();
  }

  @Test
  void persianFallsBackToEnglishAndSaysSo() {
    ResolvedText persian = text.resolve(Language.PERSIAN).orElseThrow();

    assertThat(persian.text()).isEqualTo("Identity card");
    assertThat(persian.language()).isEqualTo(Language.ENGLISH);
    assertThat(persian.requested()).isEqualTo(Language.PERSIAN);
    assertThat(persian.isFallback()).isTrue();
  }

  @Test
  void leichteSpracheFallsBackToGermanNotEnglish() {
    assertThat(text.resolve(Language.GERMAN_EASY).orElseThrow().language())
        .isEqualTo(Language.GERMAN);
  }

  @Test
  void germanOnlyTextReachesEveryLanguage() {
    LocalizedText german = LocalizedText.of(Language.GERMAN, "Wohngeld");
    for (Language language : Language.values()) {
      assertThat(german.resolve(language))
          .get()
          .extracting(ResolvedText::text)
          .isEqualTo("Wohngeld");
    }
  }

  @Test
  void englishOnlyTextDoesNotReachGerman() {
    LocalizedText english = LocalizedText.of(Language.ENGLISH, "Only English");

    assertThat(english.resolve(Language.GERMAN)).isEmpty();
    assertThat(english.resolve(Language.ARABIC))
        .get()
        .extracting(ResolvedText::text)
        .isEqualTo("Only English");
  }

  @Test
  void blankTextsAreNotKeptAndTextsAreStripped() {
    Map<Language, String> values = new HashMap<>();
    values.put(Language.GERMAN, "  Wohngeld \n");
    values.put(Language.ENGLISH, "   ");
    values.put(Language.POLISH, null);
    LocalizedText cleaned = new LocalizedText(values);

    assertThat(cleaned.values()).containsOnlyKeys(Language.GERMAN);
    assertThat(cleaned.in(Language.GERMAN)).contains("Wohngeld");
    assertThat(cleaned.resolve(Language.ENGLISH).orElseThrow().isFallback()).isTrue();
  }

  @Test
  void withAddsOrReplacesOneLanguage() {
    LocalizedText more = text.with(Language.ARABIC, "بطاقة الهوية").with(Language.GERMAN, "Perso");

    assertThat(more.in(Language.ARABIC)).contains("بطاقة الهوية");
    assertThat(more.in(Language.GERMAN)).contains("Perso");
    assertThat(text.in(Language.GERMAN)).contains("Personalausweis");
  }
}
