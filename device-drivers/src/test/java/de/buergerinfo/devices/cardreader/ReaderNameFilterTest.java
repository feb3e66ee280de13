package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReaderNameFilterTest {

  @Test
  void starTakesEveryReader() {
    var any = new ReaderNameFilter("*");

    assertThat(any.matches("ACS ACR122U PICC Interface 00 00")).isTrue();
    assertThat(any.matches("")).isTrue();
  }

  @Test
  void aPartOfTheNameMatchesIgnoringCase() {
    var acr = new ReaderNameFilter("acr122u");

    assertThat(acr.matches("ACS ACR122U PICC Interface 00 00")).isTrue();
    assertThat(acr.matches("Identiv uTrust 3700 F CL Reader 00 00")).isFalse();
    // Not a pattern: a star inside a name is a character like any other.
    assertThat(new ReaderNameFilter("ACR*").matches("ACS ACR122U")).isFalse();
  }

  @Test
  void anEmptyFilterIsRefused() {
    assertThatThrownBy(() -> new ReaderNameFilter("")).isInstanceOf(IllegalArgumentException.class);
  }
}
