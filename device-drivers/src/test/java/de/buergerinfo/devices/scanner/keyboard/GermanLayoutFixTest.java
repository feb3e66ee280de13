package de.buergerinfo.devices.scanner.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each expected pair written by hand from the German (T1) layout: the left side is what a German
 * layout types for the keys a US scanner presses for the right side.
 */
class GermanLayoutFixTest {

  @Test
  void swappedAndMovedKeysAreReadBack() {
    assertThat(GermanLayoutFix.toUs("zyZY")).isEqualTo("yzYZ");
    assertThat(GermanLayoutFix.toUs("ß-Ö.?_")).isEqualTo("-/:._?");
    assertThat(GermanLayoutFix.toUs("\"§$%&/()=")).isEqualTo("@#$%^&*()");
    assertThat(GermanLayoutFix.toUs("üÜ+*öÖäÄ#';:°")).isEqualTo("[{]};:'\"\\|<>~");
  }

  @Test
  void deadKeysAloneAndMergedAreReadBack() {
    assertThat(GermanLayoutFix.toUs("´8`1^2")).isEqualTo("=8+1`2");
    assertThat(GermanLayoutFix.toUs("langéde")).isEqualTo("lang=ede");
    assertThat(GermanLayoutFix.toUs("èÂý")).isEqualTo("+e`A=z");
  }

  @Test
  void digitsLettersAndSameKeysPassUnchanged() {
    assertThat(GermanLayoutFix.toUs("0012345678 abc,.!")).isEqualTo("0012345678 abc,.!");
  }
}
