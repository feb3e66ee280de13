package de.buergerinfo.kiosk.speech;

import javafx.scene.input.KeyCode;

/**
 * The speech key of the terminal's keypad: on the attract screen it starts a visit that speaks,
 * during a visit it turns speech on or, when it is on, repeats what was said last. F5 is the
 * "repeat" key of common kiosk keypads' function row and types nothing into a text field.
 */
public final class SpeechKey {

  public static final KeyCode CODE = KeyCode.F5;

  private SpeechKey() {}
}
