package de.buergerinfo.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KioskSessionTest {

  private final KioskSession session =
      new KioskSession(
          Language.GERMAN, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void beginStartsANumberedSessionOnce() {
    session.begin();
    String number = session.number();
    session.begin();

    assertThat(session.active().get()).isTrue();
    assertThat(number).matches("[0-9a-f]{8}");
    assertThat(session.number()).isEqualTo(number);
  }

  @Test
  void endForgetsEverythingTheCitizenChose() {
    session.begin();
    session.language().set(Language.ARABIC);
    session.largeText().set(true);
    session.searchText().set("Erika Mustermann");

    session.end(SessionEndReason.FINISHED);

    assertThat(session.active().get()).isFalse();
    assertThat(session.language().get()).isEqualTo(Language.GERMAN);
    assertThat(session.largeText().get()).isFalse();
    assertThat(session.searchText().get()).isEmpty();
    assertThat(session.number()).isEmpty();
  }

  @Test
  void everySessionGetsItsOwnNumber() {
    session.begin();
    String first = session.number();
    session.end(SessionEndReason.IDLE);
    session.begin();

    assertThat(session.number()).isNotEqualTo(first);
  }

  @Test
  void endingWithoutASessionStillWipes() {
    session.searchText().set("left over");

    session.end(SessionEndReason.SHUTDOWN);

    assertThat(session.searchText().get()).isEmpty();
  }
}
