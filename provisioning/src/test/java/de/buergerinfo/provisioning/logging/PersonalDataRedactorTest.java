package de.buergerinfo.provisioning.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataRedactorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mail from erika.mustermann@example.org arrived | mail from <e-mail> arrived",
        "Kontakt: jürgen+bis@stadt-bremen.de            | Kontakt: <e-mail>",
        "call +49 421 361-0 now                         | call <phone> now",
        "Telefon 0421/3610                              | Telefon <phone>",
        "mobile 0049 176 12345678                       | mobile <phone>",
        "mobile 0176 12345678                           | mobile <phone>",
        "card 04:A2:3B:C4:D5:E6:F7 tapped               | card <card-uid> tapped",
        "card 04 A2 3B C4 tapped                        | card <card-uid> tapped",
        "card 04A23BC4D5E6F7 tapped                     | card <card-uid> tapped",
      })
  void masksPersonalData(String message, String expected) {
    assertThat(PersonalDataRedactor.redact(message)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "central server listening on 127.0.0.1:8080",
        "GET http://127.0.0.1:45963/api/content/v1/manifest",
        "bis 0.1.0-SNAPSHOT",
        "2026-11-24T10:15:30.123Z",
        "content database open in /tmp/junit12345678/central (schema version 1)",
        "object 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef stored",
        "session 1a2b3c4d ended (FINISHED) after 12 s",
        "central server offers content version 42 (5249 objects)",
      })
  void leavesOrdinaryLogTextAlone(String message) {
    assertThat(PersonalDataRedactor.redact(message)).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"first\nsecond", "first\r\nsecond", "first\u2028second"})
  void foldsLineBreaks(String message) {
    assertThat(PersonalDataRedactor.redact(message)).isEqualTo("first | second");
  }
}
