package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.idle.IdleWatch;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Duration;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone arriving in front of the terminal starts a visit as a touch does; someone who only walked
 * past is not left in a half-started visit, and nobody still standing there after the goodbye
 * starts the next one by standing.
 */
@ExtendWith(JavaFxExtension.class)
class AttractPresenceTest {

  private final TestTerminalUi terminal = new TestTerminalUi();
  private final KioskUi ui = terminal.ui;

  @AfterEach
  void close() {
    terminal.close();
  }

  private boolean visiting() {
    return Fx.call(() -> ui.session().active().get());
  }

  private void presence(boolean present) {
    terminal.gpio.simulatePresence(present);
    Fx.waitForIdle();
  }

  /** Moves the clock and lets the idle watch look at it, as its one-second ticker would. */
  private void pass(Duration duration) {
    for (long s = 0; s < duration.toSeconds(); s++) {
      terminal.clock.advance(Duration.ofSeconds(1));
      Fx.run(() -> ui.idle().watch().tick());
    }
  }

  private void pressKey() {
    Fx.run(
        () ->
            Event.fireEvent(
                ui.frame().getScene().getFocusOwner(),
                new KeyEvent(
                    KeyEvent.KEY_PRESSED, "", "", KeyCode.SPACE, false, false, false, false)));
  }

  @Test
  void aPasserByStartsAVisitThatEndsBackAtTheAttractScreenWhenTheyHaveGone() {
    presence(true);

    assertThat(terminal.shown()).isEqualTo(ScreenId.LANGUAGE_CHOICE);
    assertThat(visiting()).isTrue();
    assertThat(Fx.call(() -> ui.frame().lookupAll(".language-button").size())).isEqualTo(9);
    assertThat(Fx.call(() -> ui.idle().watch().isWatching())).isTrue();

    presence(false);
    pass(IdleWatch.PRESENCE_GRACE.minusSeconds(1));
    assertThat(terminal.shown())
        .as("a short step aside keeps the visit")
        .isEqualTo(ScreenId.LANGUAGE_CHOICE);
    pass(Duration.ofSeconds(1));

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
    assertThat(visiting()).isFalse();
    assertThat(ui.context().profile().idleTimeout())
        .as("it was presence, not the idle timeout, that ended it")
        .isGreaterThan(IdleWatch.PRESENCE_GRACE);
    pressKey(); // the goodbye is touched away (or goes by itself)
    assertThat(terminal.shown()).isEqualTo(ScreenId.ATTRACT);
    assertThat(visiting()).isFalse();
  }

  @Test
  void arrivingDuringTheGoodbyeOrStayingAfterItStartsNoVisit() {
    presence(true);
    Fx.run(() -> ui.context().navigation().show(ScreenId.HOME));
    Fx.run(
        () -> {
          ui.session().end(SessionEndReason.FINISHED);
          ui.navigator().show(ScreenId.GOODBYE);
        });
    presence(false);
    presence(true); // someone arrives while the goodbye is shown

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
    assertThat(visiting()).isFalse();

    pressKey(); // the goodbye is touched away; they are still standing there
    Fx.waitForIdle();
    assertThat(terminal.shown()).isEqualTo(ScreenId.ATTRACT);
    assertThat(visiting()).isFalse();

    presence(false);
    presence(true); // the next person
    assertThat(terminal.shown()).isEqualTo(ScreenId.LANGUAGE_CHOICE);
  }

  @Test
  void aVisitUnderWayIsNotDisturbedByPresence() {
    presence(true);
    Fx.run(() -> ui.navigator().show(ScreenId.HOME));

    presence(false);
    pass(Duration.ofSeconds(5));
    presence(true); // they were fetching a document
    pass(IdleWatch.PRESENCE_GRACE);

    assertThat(terminal.shown()).isEqualTo(ScreenId.HOME);
    assertThat(visiting()).isTrue();
  }

  @Test
  void noListenerStaysBehindAfterManyArrivals() {
    int installed = terminal.terminal.events().listenerCount();
    for (int i = 0; i < 20; i++) {
      presence(true);
      presence(false);
      pass(IdleWatch.PRESENCE_GRACE);
      assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
      pressKey();
      assertThat(terminal.shown()).isEqualTo(ScreenId.ATTRACT);
    }

    assertThat(terminal.terminal.events().listenerCount()).isEqualTo(installed);
  }
}
