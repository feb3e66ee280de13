package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UtteranceTest {

  @Test
  void controlCharactersAndLineBreaksBecomeSingleSpaces() {
    Utterance utterance =
        Utterance.of("\u0000 Ihre\tNummer:\r\n\u0007A\u001b42\u0085\u007f ", Language.GERMAN);

    assertThat(utterance.text()).isEqualTo("Ihre Nummer: A 42");
  }

  @Test
  void persianZeroWidthNonJoinerAndPairedSurrogatesStayButLoneSurrogatesGo() {
    String persian = "کتابخانه\u200cی";

    assertThat(Utterance.of(persian, Language.PERSIAN).text()).isEqualTo(persian);
    assertThat(Utterance.of("Buch 📚 da", Language.GERMAN).text()).isEqualTo("Buch 📚 da");
    assertThat(Utterance.of("a\uD800b\uDC00c", Language.GERMAN).text()).isEqualTo("a b c");
  }

  @Test
  void textOverTheLimitIsCutAfterItsLastWholeSentence() {
    String hundredKilobytes = "Der Termin ist am Montag. Bitte kommen Sie pünktlich! ".repeat(1900);

    String text = Utterance.of(hundredKilobytes, Language.GERMAN).text();

    assertThat(hundredKilobytes).hasSizeGreaterThan(100_000);
    assertThat(text).hasSizeLessThanOrEqualTo(Utterance.MAX_LENGTH).hasSizeGreaterThan(1_900);
    assertThat(text).startsWith("Der Termin").endsWith("pünktlich!");
  }

  @Test
  void textWithoutSentenceEndsIsCutAfterAWordAndOneEndlessWordHard() {
    String words = Utterance.of("wort ".repeat(1000), Language.GERMAN).text();
    String endless = Utterance.of("x".repeat(5000), Language.GERMAN).text();
    String emoji = Utterance.of("a" + "📚".repeat(2000), Language.GERMAN).text();

    assertThat(words).hasSize(1999).endsWith("wort");
    assertThat(endless).hasSize(Utterance.MAX_LENGTH);
    // A hard cut never splits a character made of two chars.
    assertThat(emoji).hasSize(1999);
    assertThat(Character.isHighSurrogate(emoji.charAt(emoji.length() - 1))).isFalse();
  }

  @Test
  void arabicQuestionMarkEndsASentence() {
    String text = Utterance.of("هَلْ أَنْتَ هُنَا؟ ".repeat(200), Language.ARABIC).text();

    assertThat(text).endsWith("؟").hasSizeLessThanOrEqualTo(Utterance.MAX_LENGTH);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aSecretHasANeutralWordInEveryLanguageAndNoDigits(Language language) {
    Utterance secret = Utterance.secret(language);

    assertThat(secret.language()).isEqualTo(language);
    assertThat(secret.text()).isNotBlank().doesNotContainPattern("\\d");
  }

  @Test
  void theTextOfAnUtteranceNeverShowsInItsDescription() {
    assertThat(Utterance.of("Frau Muster, PIN 1234", Language.GERMAN).toString())
        .doesNotContain("Muster", "1234")
        .contains("21 chars");
    assertThat(Utterance.secret(Language.GERMAN).toString()).doesNotContain("verborgen");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Utterance.of(null, Language.GERMAN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Utterance.of("x", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Utterance.secret(null)).isInstanceOf(NullPointerException.class);
  }
}
