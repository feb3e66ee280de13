package de.buergerinfo.kiosk.idle;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.session.SessionEndReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idle timing on a test clock: no sleeping, no JavaFX toolkit. */
class IdleWatchTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:30:00Z"));
  private final List<SessionEndReason> ended = new ArrayList<>();
  private final IdleWatch watch = new IdleWatch(clock, TIMEOUT, ended::add);

  @BeforeEach
  void visitRuns() {
    watch.watch();
  }

  private void pass(int seconds) {
    for (int i = 0; i < seconds; i++) {
      clock.advance(Duration.ofSeconds(1));
      watch.tick();
    }
  }

  @Test
  void warnsAfterTheIdleTimeoutWithAtLeastTwentySecondsToAnswer() {
    pass(119);
    assertThat(watch.warning().get()).isFalse();

    pass(1);

    assertThat(watch.warning().get()).isTrue();
    assertThat(watch.secondsLeft().get()).isGreaterThanOrEqualTo(20).isEqualTo(30);
    pass(5);
    assertThat(watch.secondsLeft().get()).isEqualTo(25);
    assertThat(ended).isEmpty();
  }

  @Test
  void endsTheVisitAsIdleWhenNobodyAnswers() {
    pass(120 + 29);
    assertThat(ended).isEmpty();
    assertThat(watch.secondsLeft().get()).isEqualTo(1);

    pass(1);

    assertThat(ended).containsExactly(SessionEndReason.IDLE);
    assertThat(watch.warning().get()).isFalse();
    assertThat(watch.isWatching()).isFalse();
    pass(300);
    assertThat(ended).as("once").hasSize(1);
  }

  @Test
  void anyInputHidesTheWarningAndStartsTheTimeoutAgain() {
    pass(110);
    watch.input();
    pass(110);
    assertThat(watch.warning().get()).as("timer was reset").isFalse();

    pass(15);
    assertThat(watch.warning().get()).isTrue();
    watch.moreTime();
    assertThat(watch.warning().get()).isFalse();
    pass(119);
    assertThat(ended).isEmpty();
  }

  @Test
  void finishNowEndsTheVisitAsFinished() {
    pass(125);

    watch.finishNow();

    assertThat(ended).containsExactly(SessionEndReason.FINISHED);
  }

  @Test
  void presenceGoneEndsTheVisitAfterTheGrace() {
    pass(10);
    watch.presenceChanged(false);
    pass((int) IdleWatch.PRESENCE_GRACE.toSeconds() - 1);
    assertThat(ended).isEmpty();

    pass(1);

    assertThat(ended).containsExactly(SessionEndReason.PRESENCE_LOST);
  }

  @Test
  void someoneBackOrTouchingKeepsTheVisit() {
    watch.presenceChanged(false);
    pass(10);
    watch.presenceChanged(true);
    pass(30);
    assertThat(ended).isEmpty();

    watch.presenceChanged(false);
    pass(10);
    watch.input(); // the sensor missed them; a touch says they are here
    pass(30);
    assertThat(ended).isEmpty();
  }

  @Test
  void nothingIsCountedWhileNotWatching() {
    watch.stopWatching();
    watch.presenceChanged(false);

    pass(1000);

    assertThat(ended).isEmpty();
    assertThat(watch.warning().get()).isFalse();
  }
}
