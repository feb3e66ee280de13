package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

  @ParameterizedTest
  @CsvSource({
    "ausweis, ausweis, 0",
    "ausweis, auswies, 1",
    "ausweis, ausweiss, 1",
    "ausweis, ausweis, 0",
    "ausweis, usweis, 1",
    "ausweis, auswxis, 1",
    "kimlik, klimik, 2",
    "'', abc, 3",
    "паспорт, паспорт, 0",
    "паспорт, пасорт, 1",
  })
  void countsSingleLetterEditsAndSwaps(String a, String b, int expected) {
    assertThat(EditDistance.between(a, b)).isEqualTo(expected);
    assertThat(EditDistance.between(b, a)).isEqualTo(expected);
  }
}
