package de.buergerinfo.devices.scanner.hid;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds evdev event streams as the kernel's hid-input driver delivers them for a USB keyboard:
 * each HID report becomes {@code MSC_SCAN} (the HID usage) and {@code EV_KEY} per changed key, then
 * one {@code EV_SYN}. Timestamps advance by the given gaps, as a scanner types them.
 */
final class KeyStrokes {

  static final int KEY_A = 30;
  static final int KEY_BACKSPACE = 14;
  static final int KEY_ESC = 1;
  static final int KEY_F1 = 59;
  static final int KEY_UP = 103;
  static final int KEY_102ND = 86;
  static final int KEY_KP0 = 82;
  static final int KEY_KP2 = 80;
  static final int KEY_KP8 = 72;

  private final List<InputEvent> events = new ArrayList<>();
  private long micros;
  private final boolean modifierInSameReport;

  /**
   * @param startMicros the first timestamp
   * @param modifierInSameReport Shift in the same HID report as the key, as most scanners send it;
   *     otherwise a report of its own, as a person on a keyboard
   */
  KeyStrokes(long startMicros, boolean modifierInSameReport) {
    this.micros = startMicros;
    this.modifierInSameReport = modifierInSameReport;
  }

  KeyStrokes() {
    this(1_767_000_000L * 1_000_000L, true);
  }

  /** Types the text key by key, {@code gapMillis} from one key press to the next. */
  KeyStrokes type(String text, double gapMillis) {
    for (char c : text.toCharArray()) {
      Stroke stroke = strokeOf(c);
      tap(stroke.code(), stroke.shift(), gapMillis);
    }
    return this;
  }

  KeyStrokes enter(double gapMillis) {
    return tap(UsKeyMap.KEY_ENTER, false, gapMillis);
  }

  KeyStrokes tab(double gapMillis) {
    return tap(UsKeyMap.KEY_TAB, false, gapMillis);
  }

  /** Press and release of one key, Shift held around it when asked. */
  KeyStrokes tap(int code, boolean shift, double gapMillis) {
    if (shift && !modifierInSameReport) {
      single(UsKeyMap.KEY_LEFTSHIFT, InputEvent.PRESS);
      advance(1);
    }
    List<int[]> press = new ArrayList<>();
    if (shift && modifierInSameReport) {
      press.add(new int[] {UsKeyMap.KEY_LEFTSHIFT, InputEvent.PRESS});
    }
    press.add(new int[] {code, InputEvent.PRESS});
    report(press);
    // Scanners release about one USB poll interval (1 to 4 ms) after the press.
    advance(Math.min(4, gapMillis / 2));
    List<int[]> release = new ArrayList<>();
    if (shift && modifierInSameReport) {
      release.add(new int[] {UsKeyMap.KEY_LEFTSHIFT, InputEvent.RELEASE});
    }
    release.add(new int[] {code, InputEvent.RELEASE});
    report(release);
    if (shift && !modifierInSameReport) {
      advance(1);
      single(UsKeyMap.KEY_LEFTSHIFT, InputEvent.RELEASE);
    }
    advance(
        Math.max(
            0, gapMillis - Math.min(4, gapMillis / 2) - (shift && !modifierInSameReport ? 2 : 0)));
    return this;
  }

  /** A key held long enough for the kernel's auto-repeat: press, repeats, release. */
  KeyStrokes held(int code, int repeats) {
    single(code, InputEvent.PRESS);
    for (int i = 0; i < repeats; i++) {
      advance(33);
      single(code, InputEvent.REPEAT);
    }
    advance(10);
    single(code, InputEvent.RELEASE);
    advance(10);
    return this;
  }

  /** A key down (1) or up (0) on its own. */
  KeyStrokes key(int code, int value) {
    single(code, value);
    advance(2);
    return this;
  }

  KeyStrokes pause(double millis) {
    advance(millis);
    return this;
  }

  List<InputEvent> events() {
    return List.copyOf(events);
  }

  byte[] bytes(InputEventLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (InputEvent event : events) {
      out.writeBytes(layout.encode(event));
    }
    return out.toByteArray();
  }

  private void single(int code, int value) {
    report(List.<int[]>of(new int[] {code, value}));
  }

  private void report(List<int[]> keys) {
    for (int[] key : keys) {
      if (key[1] != InputEvent.REPEAT) {
        // Auto-repeat comes from the kernel, not from a report: no MSC_SCAN before it.
        add(InputEvent.EV_MSC, InputEvent.MSC_SCAN, 0x70000 | usage(key[0]));
      }
      add(InputEvent.EV_KEY, key[0], key[1]);
    }
    add(InputEvent.EV_SYN, 0, 0);
  }

  private void add(int type, int code, int value) {
    events.add(new InputEvent(micros / 1_000_000, micros % 1_000_000, type, code, value));
  }

  private void advance(double millis) {
    micros += Math.round(millis * 1000);
  }

  record Stroke(int code, boolean shift) {}

  /** The key and Shift state a US keyboard needs for the character. */
  static Stroke strokeOf(char c) {
    for (int code = 0; code < 256; code++) {
      if (UsKeyMap.character(code, false, false).equals(java.util.Optional.of(c))) {
        return new Stroke(code, false);
      }
      if (UsKeyMap.character(code, true, false).equals(java.util.Optional.of(c))) {
        return new Stroke(code, true);
      }
    }
    throw new IllegalArgumentException("a US keyboard cannot type U+" + Integer.toHexString(c));
  }

  /** The HID usage (keyboard page 7) of an evdev key code, as hid-input reports in MSC_SCAN. */
  static int usage(int code) {
    if (code >= 16 && code <= 25) {
      return 4 + "abcdefghijklmnopqrstuvwxyz".indexOf("qwertyuiop".charAt(code - 16));
    }
    if (code >= 30 && code <= 38) {
      return 4 + "abcdefghijklmnopqrstuvwxyz".indexOf("asdfghjkl".charAt(code - 30));
    }
    if (code >= 44 && code <= 50) {
      return 4 + "abcdefghijklmnopqrstuvwxyz".indexOf("zxcvbnm".charAt(code - 44));
    }
    if (code >= 2 && code <= 11) {
      return 30 + code - 2; // 1..9, then 0 at 39
    }
    return switch (code) {
      case 28 -> 40;
      case 1 -> 41;
      case 14 -> 42;
      case 15 -> 43;
      case 57 -> 44;
      case 12 -> 45;
      case 13 -> 46;
      case 26 -> 47;
      case 27 -> 48;
      case 43 -> 49;
      case 39 -> 51;
      case 40 -> 52;
      case 41 -> 53;
      case 51 -> 54;
      case 52 -> 55;
      case 53 -> 56;
      case 58 -> 57;
      case 59 -> 58;
      case 103 -> 82;
      case 86 -> 100;
      case 98 -> 84;
      case 55 -> 85;
      case 74 -> 86;
      case 78 -> 87;
      case 96 -> 88;
      case 79, 80, 81 -> 89 + code - 79;
      case 75, 76, 77 -> 92 + code - 75;
      case 71, 72, 73 -> 95 + code - 71;
      case 82 -> 98;
      case 83 -> 99;
      case 29 -> 224;
      case 42 -> 225;
      case 56 -> 226;
      case 54 -> 229;
      case 100 -> 230;
      default -> 0;
    };
  }
}
