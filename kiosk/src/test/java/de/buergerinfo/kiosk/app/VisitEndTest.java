package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.gpio.LightPattern;
import de.buergerinfo.kiosk.idle.IdleWatch;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ReachableText;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Duration;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How a visit ends in the whole UI: the help button and its light, the idle warning and its
 * countdown, presence gone, the goodbye, and that nothing typed or subscribed stays behind.
 */
@ExtendWith(JavaFxExtension.class)
class VisitEndTest {

  private static final String SECRET = "Mustermann-4711";

  private final TestTerminalUi terminal = new TestTerminalUi();
  private final KioskUi ui = terminal.ui;

  @AfterEach
  void close() {
    terminal.close();
  }

  private void startVisitAtHome() {
    Fx.run(
        () -> {
          ui.session().begin();
          ui.navigator().show(ScreenId.HOME);
        });
  }

  /** Moves the clock and lets the idle watch look at it, as its one-second ticker would. */
  private void pass(Duration duration) {
    for (long s = 0; s < duration.toSeconds(); s++) {
      terminal.clock.advance(Duration.ofSeconds(1));
      Fx.run(() -> ui.idle().watch().tick());
    }
  }

  private static KeyEvent key(KeyCode code) {
    return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
  }

  @Test
  void theHelpButtonOpensHelpWithTheLightOnAndTheVisitsEndTurnsItOff() {
    startVisitAtHome();

    terminal.gpio.simulateHelpPressed();
    Fx.waitForIdle();

    assertThat(terminal.shown()).isEqualTo(ScreenId.HELP);
    assertThat(terminal.gpio.light()).isEqualTo(LightPattern.ATTENTION);

    Fx.run(() -> ((Button) SceneInspection.find(ui.frame(), "#help-cancel")).fire());
    assertThat(terminal.gpio.light()).isEqualTo(LightPattern.OFF);
    Fx.run(() -> ((Button) SceneInspection.find(ui.frame(), "#help-ask-again")).fire());
    assertThat(terminal.gpio.light()).isEqualTo(LightPattern.ATTENTION);

    pass(ui.context().profile().idleTimeout().plus(IdleWatch.WARNING_TIME));

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
    assertThat(terminal.gpio.light()).isEqualTo(LightPattern.OFF);
    assertThat(ui.helpRequests().recorded()).hasSize(2);
  }

  @Test
  void theHelpButtonOnTheAttractScreenStartsASpokenVisit() {
    terminal.gpio.simulateHelpPressed();
    Fx.waitForIdle();

    assertThat(terminal.shown()).isEqualTo(ScreenId.LANGUAGE_CHOICE);
    assertThat(Fx.call(() -> ui.session().speech().get())).isTrue();
    assertThat(terminal.gpio.light()).as("no librarian called").isEqualTo(LightPattern.OFF);
  }

  @Test
  void theIdleWarningCountsDownOverTheScreenAndMoreTimeKeepsTheVisit() {
    startVisitAtHome();
    pass(ui.context().profile().idleTimeout());

    Node warning = Fx.call(() -> ui.idle().node());
    assertThat(Fx.call(warning::isVisible)).isTrue();
    assertThat(Fx.call(() -> SceneInspection.find(ui.frame(), "#idle-seconds")))
        .extracting(n -> ((javafx.scene.control.Label) n).getText())
        .isEqualTo("30");
    assertThat(Fx.call(() -> ui.frame().getScene().getFocusOwner().getId()))
        .isEqualTo("idle-more-time");

    // Enter presses the focused "More time".
    Fx.run(() -> Event.fireEvent(ui.frame().getScene().getFocusOwner(), key(KeyCode.ENTER)));

    assertThat(Fx.call(warning::isVisible)).isFalse();
    pass(Duration.ofSeconds(60));
    assertThat(terminal.shown()).isEqualTo(ScreenId.HOME);
    assertThat(Fx.call(() -> ui.session().active().get())).isTrue();
  }

  @Test
  void aTouchAnywhereHidesTheWarning() {
    startVisitAtHome();
    pass(ui.context().profile().idleTimeout().plusSeconds(3));

    Fx.run(
        () ->
            Event.fireEvent(
                ui.frame().getScene().getRoot(),
                de.buergerinfo.kiosk.testsupport.Touches.press(5, 5)));

    assertThat(Fx.call(() -> ui.idle().node().isVisible())).isFalse();
  }

  @Test
  void noAnswerEndsTheVisitWithTheGoodbyeAndNothingTypedRemains() {
    startVisitAtHome();
    Fx.run(
        () -> {
          ui.navigator().show(de.buergerinfo.kiosk.ui.ScreenId.RESULTS);
          TextField search = (TextField) SceneInspection.find(ui.frame(), "#results-search");
          search.requestFocus();
          search.replaceSelection(SECRET);
        });
    assertThat(Fx.call(() -> ReachableText.find(SECRET, ui.frame().getScene(), ui)))
        .as("the check finds what is there")
        .isNotEmpty();

    pass(ui.context().profile().idleTimeout().plus(IdleWatch.WARNING_TIME));

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
    assertThat(Fx.call(() -> ui.session().active().get())).isFalse();
    assertThat(Fx.call(() -> ReachableText.find(SECRET, ui.frame().getScene(), ui))).isEmpty();

    // The next person touches the goodbye away (or waits five seconds).
    Fx.run(() -> Event.fireEvent(ui.frame().getScene().getFocusOwner(), key(KeyCode.SPACE)));
    assertThat(terminal.shown()).isEqualTo(ScreenId.ATTRACT);
  }

  @Test
  void finishNowOnTheWarningEndsTheVisit() {
    startVisitAtHome();
    pass(ui.context().profile().idleTimeout());

    Fx.run(() -> ((Button) SceneInspection.find(ui.frame(), "#idle-finish-now")).fire());

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
    assertThat(Fx.call(() -> ui.session().active().get())).isFalse();
  }

  @Test
  void presenceGoneEndsTheVisitAfterAShortGrace() {
    startVisitAtHome();
    terminal.gpio.simulatePresence(true);
    terminal.gpio.simulatePresence(false);
    Fx.waitForIdle();

    pass(IdleWatch.PRESENCE_GRACE);

    assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
  }

  @Test
  void theAttractScreenIsNeverTimedOut() {
    pass(Duration.ofMinutes(10));

    assertThat(terminal.shown()).isEqualTo(ScreenId.ATTRACT);
    assertThat(Fx.call(() -> ui.idle().watch().isWatching())).isFalse();
  }

  @Test
  void manyVisitsLeaveNoListenersBehind() {
    int installed = terminal.terminal.events().listenerCount();
    for (int i = 0; i < 50; i++) {
      startVisitAtHome();
      Fx.run(() -> ui.navigator().show(ScreenId.HELP));
      pass(ui.context().profile().idleTimeout().plus(IdleWatch.WARNING_TIME));
      assertThat(terminal.shown()).isEqualTo(ScreenId.GOODBYE);
      Fx.run(() -> ui.navigator().show(ScreenId.ATTRACT));
    }

    assertThat(terminal.terminal.events().listenerCount()).isEqualTo(installed);
    Fx.run(ui::stop);
    assertThat(terminal.terminal.events().listenerCount()).isZero();
    assertThat(Fx.call(() -> ui.frame().getChildren().contains(ui.idle().node()))).isFalse();
  }
}
