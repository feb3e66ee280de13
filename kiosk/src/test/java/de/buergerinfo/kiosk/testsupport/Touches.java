package de.buergerinfo.kiosk.testsupport;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** Input events as a touch screen delivers them (synthesized mouse presses), for UI tests. */
public final class Touches {

  private Touches() {}

  /** A finger pressing at scene (and screen) position {@code x, y}. */
  public static MouseEvent press(double x, double y) {
    return new MouseEvent(
        MouseEvent.MOUSE_PRESSED,
        x,
        y,
        x,
        y,
        MouseButton.PRIMARY,
        1,
        false,
        false,
        false,
        false,
        true,
        false,
        false,
        true,
        false,
        false,
        null);
  }
}
