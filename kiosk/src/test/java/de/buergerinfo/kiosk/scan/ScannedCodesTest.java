package de.buergerinfo.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scanned codes against our Bremen catalogue: services found, everything else not for us. */
class ScannedCodesTest {

  private static Catalog bremen;

  @BeforeAll
  static void loadBremen() {
    bremen = BremenContent.load();
  }

  private static ScanTarget resolve(String scanned) {
    return ScannedCodes.resolve(scanned, bremen);
  }

  @Test
  void aLeikaKeyOpensItsService() {
    assertThat(resolve("99008001012000"))
        .isEqualTo(new ScanTarget.Services(List.of("personalausweis")));
    assertThat(resolve("LeiKa:99008001012000 "))
        .isEqualTo(new ScanTarget.Services(List.of("personalausweis")));
  }

  @Test
  void anOnlineServiceAddressOpensItsServiceHoweverItIsWritten() {
    // Registering and deregistering a car share Bremen's i-Kfz address: the screen offers both.
    ScanTarget expected =
        new ScanTarget.Services(List.of("fahrzeug-abmeldung", "fahrzeug-zulassung"));
    assertThat(resolve("https://www.service.bremen.de/dienstleistungen/i-kfz")).isEqualTo(expected);
    assertThat(resolve("https://service.bremen.de/dienstleistungen/i-kfz/")).isEqualTo(expected);
    assertThat(resolve("HTTPS://WWW.SERVICE.BREMEN.DE/dienstleistungen/i-kfz#start"))
        .isEqualTo(expected);
    assertThat(resolve("https://www.fuehrungszeugnis.bund.de/"))
        .as("a host's front page names no service")
        .isEqualTo(new ScanTarget.NotForThisTerminal());
  }

  @Test
  void anAddressOnAKnownHostCarryingALeikaKeyOpensThatService() {
    assertThat(resolve("https://www.service.bremen.de/leistung?leika=99008001012000"))
        .isEqualTo(new ScanTarget.Services(List.of("personalausweis")));
    assertThat(resolve("https://www.service.bremen.de/leistungen/99008001012000/detail"))
        .isEqualTo(new ScanTarget.Services(List.of("personalausweis")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/99008001012000",
        "https://www.service.bremen.de@evil.example/dienstleistungen/i-kfz",
        "https://www.service.bremen.de.evil.example/dienstleistungen/i-kfz",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://www.service.bremen.de/dienstleistungen/i-kfz",
        "https://www.service.bremen.de/dienstleistungen/i-kfz-fake",
        "https://www.service.bremen.de/leistungen/00000000000000",
        "99008001012000999",
        "9900800101200",
        "WIFI:S:Bibliothek;T:WPA;P:geheim;;",
        "BEGIN:VCARD\nFN:Max Mustermann\nEND:VCARD",
        "Hallo Welt",
        "https://",
        "http://[::1",
        "https://www.service.bremen.de/%ZZ",
        "https://xn--bremen-9wa.de/dienstleistungen/i-kfz",
        "a"
      })
  void anythingElseIsNotForThisTerminal(String scanned) {
    assertThat(resolve(scanned)).isEqualTo(new ScanTarget.NotForThisTerminal());
  }

  @Test
  void anOversizedCodeIsNotForThisTerminal() {
    assertThat(resolve("https://www.service.bremen.de/" + "a".repeat(7_000)))
        .isEqualTo(new ScanTarget.NotForThisTerminal());
    assertThat(resolve("9".repeat(7_000))).isEqualTo(new ScanTarget.NotForThisTerminal());
  }
}
