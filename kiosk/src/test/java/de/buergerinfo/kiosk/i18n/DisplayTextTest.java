package de.buergerinfo.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void plainTextIsReturnedUnchanged() {
    String text = "Grüße ğüşıİ Привіт مرحبا 2026";
    assertThat(DisplayText.of(text)).isSameAs(text);
  }

  @Test
  void zeroWidthNonJoinerBecomesANarrowNoBreakSpace() {
    assertThat(DisplayText.of("می\u200Cتوانیم")).isEqualTo("می\u202Fتوانیم");
  }

  @Test
  void bidiMarksAndOtherFormatCharactersAreRemoved() {
    assertThat(DisplayText.of("\u200Eabc\u200F\u200D\u202Adef\u202C\u2066x\u2069\uFEFF"))
        .isEqualTo("abcdefx");
  }

  @Test
  void surrogatePairsSurvive() {
    assertThat(DisplayText.of("a\u200E\uD83D\uDE00b")).isEqualTo("a\uD83D\uDE00b");
  }

  @Test
  void detectsFormatCharacters() {
    assertThat(DisplayText.hasFormatCharacters("a\u200Cb")).isTrue();
    assertThat(DisplayText.hasFormatCharacters("a\u202Fb")).isFalse();
  }
}
