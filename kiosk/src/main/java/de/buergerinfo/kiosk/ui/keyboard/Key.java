package de.buergerinfo.kiosk.ui.keyboard;

/** One key of a {@link KeyboardLayout}: text to insert, or one of the few special keys. */
public sealed interface Key {

  /**
   * A key that inserts {@code text}; {@code label} is what the key shows (usually the text itself,
   * but a name for invisible characters such as the Persian half space).
   */
  record Input(String text, String label) implements Key {}

  /** Shows the other layer (capitals, or Arabic diacritics) for the next key only. */
  record Shift() implements Key {}

  /** Deletes the selection, or the code point before the caret. */
  record Backspace() implements Key {}

  /** Inserts a space; wide, and shows the layout's name. */
  record Space() implements Key {}

  /** Fires the target field's action (a text area gets a line break). */
  record Enter() implements Key {}

  /** Shows another layout, such as the digits and symbols pad. */
  record SwitchLayout(String layoutId) implements Key {}

  /** Returns from a pad to the letters of the keyboard's language. */
  record Letters() implements Key {}
}
