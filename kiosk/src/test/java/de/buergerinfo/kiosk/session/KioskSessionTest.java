package de.buergerinfo.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
    session.highContrast().set(true);
    session.speech().set(true);
    session.service().set(Optional.of("personalausweis"));
    session.lifeSituation().set(Optional.of("umzug"));
    session.flow().set(Optional.of(FlowProgress.start("umzug-nach-bremen").answer("q1", "ja")));
    session.takeAway().set(Optional.of(new TakeAway.ServiceSheet("personalausweis")));

    session.end(SessionEndReason.FINISHED);

    assertThat(session.active().get()).isFalse();
    assertThat(session.language().get()).isEqualTo(Language.GERMAN);
    assertThat(session.largeText().get()).isFalse();
    assertThat(session.searchText().get()).isEmpty();
    assertThat(session.number()).isEmpty();
    assertThat(session.highContrast().get()).isFalse();
    assertThat(session.speech().get()).isFalse();
    assertThat(session.service().get()).isEmpty();
    assertThat(session.lifeSituation().get()).isEmpty();
    assertThat(session.flow().get()).isEmpty();
    assertThat(session.takeAway().get()).isEmpty();
  }

  @Test
  void flowProgressGoesBackOneAnswerAtATime() {
    FlowProgress progress =
        FlowProgress.start("f").answer("q1", "ja").answer("q2", "nein").answer("q1", "nein");

    assertThat(progress.answered()).containsExactly("q2", "q1");
    assertThat(progress.back().answers().answers()).containsOnly(java.util.Map.entry("q2", "nein"));
    assertThat(progress.back().back().answered()).isEmpty();
    assertThat(FlowProgress.start("f").back()).isEqualTo(FlowProgress.start("f"));
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
