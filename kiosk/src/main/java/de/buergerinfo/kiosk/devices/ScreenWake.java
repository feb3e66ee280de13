package de.buergerinfo.kiosk.devices;

import de.buergerinfo.devices.DeviceEvent;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Lets the screen sleep (black) while the presence sensor sees nobody, and wakes it when someone
 * arrives or touches it. Only for terminals with a presence sensor: without one the attract screen
 * must stay on to draw people in. The touch that wakes the screen does nothing else, so nobody
 * presses a button they could not see.
 */
public final class ScreenWake {

  /** How long the screen stays on after everyone has left and nobody touches it. */
  public static final Duration SLEEP_AFTER = Duration.minutes(5);

  private final StackPane frame;
  private final Region blackout = new Region();
  private final PauseTransition sleepTimer;
  private final EventHandler<InputEvent> onInput = this::input;
  private boolean someonePresent;

  ScreenWake(StackPane frame, Duration sleepAfter) {
    this.frame = frame;
    this.sleepTimer = new PauseTransition(sleepAfter);
    sleepTimer.setOnFinished(e -> sleep());
    blackout.setStyle("-fx-background-color: black;");
    blackout.setVisible(false);
    blackout.setManaged(false);
    blackout.setId("screen-asleep");
  }

  /**
   * Watches presence on {@code frame} until the returned action is run; the screen starts awake,
   * with nobody seen. Call on the FX thread.
   */
  public static Runnable install(StackPane frame, DeviceEvents events) {
    return new ScreenWake(frame, SLEEP_AFTER).attach(events);
  }

  Runnable attach(DeviceEvents events) {
    frame.getChildren().add(blackout);
    blackout.resizeRelocate(0, 0, frame.getWidth(), frame.getHeight());
    frame
        .layoutBoundsProperty()
        .subscribe(bounds -> blackout.resizeRelocate(0, 0, bounds.getWidth(), bounds.getHeight()));
    frame.addEventFilter(InputEvent.ANY, onInput);
    Runnable unsubscribe =
        events.subscribe(
            event -> {
              if (event instanceof DeviceEvent.PresenceChanged presence) {
                Platform.runLater(() -> presenceChanged(presence.present()));
              }
            });
    sleepTimer.playFromStart();
    return () -> {
      unsubscribe.run();
      frame.removeEventFilter(InputEvent.ANY, onInput);
      frame.getChildren().remove(blackout);
      sleepTimer.stop();
    };
  }

  void presenceChanged(boolean present) {
    someonePresent = present;
    if (present) {
      wake();
      sleepTimer.stop();
    } else {
      sleepTimer.playFromStart();
    }
  }

  /** Whether the screen is black now. */
  public boolean asleep() {
    return blackout.isVisible();
  }

  private void input(InputEvent event) {
    if (!isPress(event)) {
      return;
    }
    if (asleep()) {
      wake();
      event.consume();
    }
    if (!someonePresent) {
      sleepTimer.playFromStart(); // The sensor missed them; they are here.
    }
  }

  private static boolean isPress(Event event) {
    var type = event.getEventType();
    return type == MouseEvent.MOUSE_PRESSED
        || type == TouchEvent.TOUCH_PRESSED
        || type == KeyEvent.KEY_PRESSED;
  }

  private void sleep() {
    if (!someonePresent) {
      blackout.toFront();
      blackout.setVisible(true);
    }
  }

  private void wake() {
    blackout.setVisible(false);
  }
}
