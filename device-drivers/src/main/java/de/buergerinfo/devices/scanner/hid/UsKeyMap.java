package de.buergerinfo.devices.scanner.hid;

import java.util.Optional;

/**
 * Linux evdev key codes to the characters a US keyboard types, as a scanner in its default (US)
 * keyboard mode sends them. Evdev delivers key positions, not characters, so the host's keyboard
 * layout (German on our terminals) plays no part here: this table is all there is.
 */
public final class UsKeyMap {

  public static final int KEY_ESC = 1;
  public static final int KEY_BACKSPACE = 14;
  public static final int KEY_TAB = 15;
  public static final int KEY_ENTER = 28;
  public static final int KEY_LEFTCTRL = 29;
  public static final int KEY_LEFTSHIFT = 42;
  public static final int KEY_RIGHTSHIFT = 54;
  public static final int KEY_LEFTALT = 56;
  public static final int KEY_CAPSLOCK = 58;
  public static final int KEY_KPENTER = 96;
  public static final int KEY_RIGHTCTRL = 97;
  public static final int KEY_RIGHTALT = 100;
  public static final int KEY_LEFTMETA = 125;
  public static final int KEY_RIGHTMETA = 126;

  // Index = key code 0..58; '\0' = no character. Row by row as on the keyboard.
  private static final String PLAIN =
      "\0\0"
          + "1234567890-="
          + "\0\t"
          + "qwertyuiop[]"
          + "\0\0"
          + "asdfghjkl;'`"
          + "\0\\"
          + "zxcvbnm,./"
          + "\0*\0 ";
  private static final String SHIFTED =
      "\0\0"
          + "!@#$%^&*()_+"
          + "\0\t"
          + "QWERTYUIOP{}"
          + "\0\0"
          + "ASDFGHJKL:\"~"
          + "\0|"
          + "ZXCVBNM<>?"
          + "\0*\0 ";

  static {
    if (PLAIN.length() != KEY_CAPSLOCK || SHIFTED.length() != KEY_CAPSLOCK) {
      throw new AssertionError("key table out of step with the key codes");
    }
  }

  private UsKeyMap() {}

  /**
   * The character a key types, or empty for keys that type none (Enter, modifiers, function and
   * arrow keys, Escape, Backspace, unknown codes). Caps Lock shifts letters only, and Shift undoes
   * it for them, as on a real keyboard. Keypad keys type their digit or sign: scanners in keypad
   * mode send them.
   */
  public static Optional<Character> character(int code, boolean shift, boolean capsLock) {
    if (code >= 0 && code < PLAIN.length()) {
      char plain = PLAIN.charAt(code);
      if (plain == '\0') {
        return Optional.empty();
      }
      boolean letter = plain >= 'a' && plain <= 'z';
      boolean shifted = letter ? shift != capsLock : shift;
      return Optional.of(shifted ? SHIFTED.charAt(code) : plain);
    }
    return keypad(code);
  }

  private static Optional<Character> keypad(int code) {
    char c =
        switch (code) {
          case 71 -> '7';
          case 72 -> '8';
          case 73 -> '9';
          case 74 -> '-';
          case 75 -> '4';
          case 76 -> '5';
          case 77 -> '6';
          case 78 -> '+';
          case 79 -> '1';
          case 80 -> '2';
          case 81 -> '3';
          case 82 -> '0';
          case 83 -> '.';
          case 98 -> '/';
          case 117 -> '=';
          default -> '\0';
        };
    return c == '\0' ? Optional.empty() : Optional.of(c);
  }

  public static boolean isShift(int code) {
    return code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT;
  }

  /** Ctrl, Alt, AltGr and the Windows key: a key typed with one of them held is no text. */
  public static boolean isCommandModifier(int code) {
    return code == KEY_LEFTCTRL
        || code == KEY_RIGHTCTRL
        || code == KEY_LEFTALT
        || code == KEY_RIGHTALT
        || code == KEY_LEFTMETA
        || code == KEY_RIGHTMETA;
  }

  public static boolean isEnter(int code) {
    return code == KEY_ENTER || code == KEY_KPENTER;
  }
}
