package de.buergerinfo.devices.scanner.hid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The US key table, with Shift and Caps Lock. */
class UsKeyMapTest {

  private static String type(int[] codes, boolean shift, boolean caps) {
    StringBuilder text = new StringBuilder();
    for (int code : codes) {
      UsKeyMap.character(code, shift, caps).ifPresent(text::append);
    }
    return text.toString();
  }

  private static int[] range(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).toArray();
  }

  @Test
  void rowsOfTheKeyboardTypeWhatAUsKeyboardTypes() {
    assertThat(type(range(2, 13), false, false)).isEqualTo("1234567890-=");
    assertThat(type(range(2, 13), true, false)).isEqualTo("!@#$%^&*()_+");
    assertThat(type(range(16, 27), false, false)).isEqualTo("qwertyuiop[]");
    assertThat(type(range(30, 41), false, false)).isEqualTo("asdfghjkl;'`");
    assertThat(type(range(30, 41), true, false)).isEqualTo("ASDFGHJKL:\"~");
    assertThat(type(range(43, 53), false, false)).isEqualTo("\\zxcvbnm,./");
    assertThat(type(range(43, 53), true, false)).isEqualTo("|ZXCVBNM<>?");
    assertThat(UsKeyMap.character(57, false, false)).contains(' ');
  }

  @Test
  void theUrlAndCodePunctuationIsComplete() {
    for (char c : "-/:.?=&%+_#".toCharArray()) {
      KeyStrokes.Stroke stroke = KeyStrokes.strokeOf(c);
      assertThat(UsKeyMap.character(stroke.code(), stroke.shift(), false)).contains(c);
    }
  }

  @Test
  void capsLockShiftsLettersOnlyAndShiftUndoesIt() {
    assertThat(type(range(16, 25), false, true)).isEqualTo("QWERTYUIOP");
    assertThat(type(range(16, 25), true, true)).isEqualTo("qwertyuiop");
    assertThat(type(range(2, 13), false, true)).isEqualTo("1234567890-=");
    assertThat(type(new int[] {39, 53}, false, true)).isEqualTo(";/");
  }

  @Test
  void keypadKeysTypeTheirDigitsAndSigns() {
    assertThat(
            type(
                new int[] {82, 79, 80, 81, 75, 76, 77, 71, 72, 73, 83, 98, 55, 74, 78, 117},
                false,
                false))
        .isEqualTo("0123456789./*-+=");
  }

  @Test
  void controlFunctionModifierAndUnknownKeysTypeNothing() {
    int[] none = {0, 1, 14, 28, 29, 42, 54, 56, 58, 59, 69, 86, 96, 100, 103, 125, 255, 0xFFFF, -1};
    for (int code : none) {
      assertThat(UsKeyMap.character(code, false, false))
          .as("code " + code)
          .isEqualTo(Optional.empty());
      assertThat(UsKeyMap.character(code, true, true))
          .as("code " + code)
          .isEqualTo(Optional.empty());
    }
    assertThat(UsKeyMap.character(15, false, false)).contains('\t');
  }
}
