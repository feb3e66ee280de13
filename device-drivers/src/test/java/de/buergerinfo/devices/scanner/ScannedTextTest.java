package de.buergerinfo.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one cleaner every scanned payload passes. */
class ScannedTextTest {

  @Test
  void controlCharactersAreRemovedC0C1AndDelete() {
    assertThat(ScannedText.clean("00\u000012\u001b[2J34\u007f56\u008578\r\n"))
        .contains("0012[2J345678");
  }

  @Test
  void tabsBecomeSpacesAndTheEndsAreTrimmed() {
    assertThat(ScannedText.clean("\tA\tB  ")).contains("A B");
  }

  @Test
  void bidiOverridesIsolatesMarksAndTheByteOrderMarkAreRemoved() {
    assertThat(ScannedText.clean("\uFEFFabc\u202Egpj.exe\u202C\u2066x\u2069\u200E\u200F\u061C"))
        .contains("abcgpj.exex");
  }

  @Test
  void zeroWidthNonJoinerAndJoinerStay() {
    String persian = "می\u200Cخواهم"; // ZWNJ inside a Persian word
    assertThat(ScannedText.clean(persian)).contains(persian);
    assertThat(ScannedText.clean("a\u200Db")).contains("a\u200Db");
  }

  @Test
  void surrogatePairsStayWhole() {
    String text = "Ticket \uD83C\uDFAB \uD842\uDFB7"; // emoji and a CJK extension B character
    assertThat(ScannedText.clean(text)).contains(text);
    assertThat(ScannedText.clean(text).orElseThrow().codePoints().count()).isEqualTo(10);
  }

  @Test
  void overlongIsEmptyNotCut() {
    assertThat(ScannedText.clean("9".repeat(ScannedText.MAX_LENGTH))).isPresent();
    assertThat(ScannedText.clean("9".repeat(ScannedText.MAX_LENGTH + 1))).isEmpty();
  }

  @Test
  void emptyBlankAndNullAreEmpty() {
    assertThat(ScannedText.clean("")).isEqualTo(Optional.empty());
    assertThat(ScannedText.clean("   \t ")).isEmpty();
    assertThat(ScannedText.clean("\r\n\u0000\u202E")).isEmpty();
    assertThat(ScannedText.clean(null)).isEmpty();
  }

  @Test
  void unicodeTextPassesUnchanged() {
    for (String text :
        new String[] {"Bürgeramt Straße", "Ελλάδα", "Україна", "مرحبا", "Türkçe ğış"}) {
      assertThat(ScannedText.clean(text)).contains(text);
    }
  }
}
