package de.buergerinfo.devices.scanner.hid;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.scanner.hid.ScanAssembler.Assembled;
import de.buergerinfo.devices.scanner.hid.ScanAssembler.Assembled.Code;
import de.buergerinfo.devices.scanner.hid.ScanAssembler.Assembled.Discarded;
import de.buergerinfo.devices.scanner.hid.ScanAssembler.Why;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key events to codes: framing, Shift, repeats, hostile and overlong streams. */
class ScanAssemblerTest {

  private static ScanAssembler assembler(KeyTerminator terminator, int maxLength) {
    return new ScanAssembler(
        new ScanAssembler.Settings(terminator, maxLength, Duration.ofMillis(150)));
  }

  private static ScanAssembler enter() {
    return assembler(KeyTerminator.ENTER, 8000);
  }

  private static List<Assembled> feed(ScanAssembler assembler, KeyStrokes strokes) {
    List<Assembled> out = new ArrayList<>();
    for (InputEvent event : strokes.events()) {
      assembler.accept(event).ifPresent(out::add);
    }
    return out;
  }

  @Test
  void aCodeEndsAtEnterWithShiftedCharactersInTheSameReport() {
    String url = "https://service.bremen.de/dienstleistung?id=8966130&lang=de_DE%20+x";
    List<Assembled> out = feed(enter(), new KeyStrokes().type(url, 9).enter(9));
    assertThat(out).containsExactly(new Code(url));
  }

  @Test
  void shiftInAReportOfItsOwnWorksToo() {
    List<Assembled> out =
        feed(enter(), new KeyStrokes(0, false).type("BS-2026/00417:X", 20).enter(20));
    assertThat(out).containsExactly(new Code("BS-2026/00417:X"));
  }

  @Test
  void kernelAutoRepeatOfAHeldKeyTypesOnce() {
    List<Assembled> out =
        feed(
            enter(),
            new KeyStrokes().type("12", 10).held(KeyStrokes.KEY_A, 5).type("3", 10).enter(10));
    assertThat(out).containsExactly(new Code("12a3"));
  }

  @Test
  void aRepeatingShiftKeepsShiftHeld() {
    KeyStrokes strokes =
        new KeyStrokes()
            .key(UsKeyMap.KEY_LEFTSHIFT, InputEvent.PRESS)
            .key(UsKeyMap.KEY_LEFTSHIFT, InputEvent.REPEAT)
            .tap(KeyStrokes.KEY_A, false, 10)
            .key(UsKeyMap.KEY_LEFTSHIFT, InputEvent.REPEAT)
            .tap(KeyStrokes.KEY_A, false, 10)
            .key(UsKeyMap.KEY_LEFTSHIFT, InputEvent.RELEASE)
            .tap(KeyStrokes.KEY_A, false, 10)
            .enter(10);
    assertThat(feed(enter(), strokes)).containsExactly(new Code("AAa"));
  }

  @Test
  void capsLockFromTheScannerShiftsLettersUntilPressedAgain() {
    KeyStrokes strokes =
        new KeyStrokes()
            .tap(UsKeyMap.KEY_CAPSLOCK, false, 10)
            .type("ab1", 10)
            .type("C", 10)
            .tap(UsKeyMap.KEY_CAPSLOCK, false, 10)
            .type("d", 10)
            .enter(10);
    assertThat(feed(enter(), strokes)).containsExactly(new Code("AB1cd"));
  }

  @Test
  void tabAsTerminatorAndEnterIsNoCharacterThen() {
    ScanAssembler tab = assembler(KeyTerminator.TAB, 100);
    List<Assembled> out =
        feed(tab, new KeyStrokes().type("4711", 10).enter(10).type("08", 10).tab(10));
    assertThat(out).containsExactly(new Code("471108"));
  }

  @Test
  void withEnterAsTerminatorATabInsideACodeStaysATab() {
    // ScannedText later turns it into a space.
    assertThat(feed(enter(), new KeyStrokes().type("a", 10).tab(10).type("b", 10).enter(10)))
        .containsExactly(new Code("a\tb"));
  }

  @Test
  void withoutATerminatorAPauseEndsTheCode() {
    ScanAssembler none = assembler(KeyTerminator.NONE, 100);
    List<Assembled> out =
        feed(none, new KeyStrokes().type("0012345678", 15).pause(400).type("99", 15));
    assertThat(out).containsExactly(new Code("0012345678"));
    assertThat(none.pause()).contains(new Code("99"));
    assertThat(none.pause()).isEmpty();
  }

  @Test
  void enterWithoutTerminatorSettingIsDroppedNotTyped() {
    ScanAssembler none = assembler(KeyTerminator.NONE, 100);
    feed(none, new KeyStrokes().type("12", 10).enter(10).type("3", 10));
    assertThat(none.pause()).contains(new Code("123"));
  }

  @Test
  void aHalfCodeThatStoppedIsDiscardedAndTheNextScanIsWhole() {
    ScanAssembler assembler = enter();
    List<Assembled> out =
        feed(
            assembler,
            new KeyStrokes().type("00123", 10).pause(800).type("0012345678", 10).enter(10));
    assertThat(out).containsExactly(new Discarded(Why.INCOMPLETE, 5), new Code("0012345678"));
    feed(assembler, new KeyStrokes().type("77", 10));
    assertThat(assembler.pause()).contains(new Discarded(Why.INCOMPLETE, 2));
  }

  @Test
  void aWallClockStepBackIsNoPause() {
    List<InputEvent> first = new KeyStrokes(10_000_000_000L, true).type("12", 10).events();
    List<InputEvent> second =
        new KeyStrokes(9_000_000_000L, true).type("34", 10).enter(10).events();
    ScanAssembler assembler = enter();
    List<Assembled> out = new ArrayList<>();
    first.forEach(e -> assembler.accept(e).ifPresent(out::add));
    second.forEach(e -> assembler.accept(e).ifPresent(out::add));
    assertThat(out).containsExactly(new Code("1234"));
  }

  @Test
  void anOverlongCodeIsDiscardedWholeAndTheNextCodeIsRead() {
    ScanAssembler assembler = assembler(KeyTerminator.ENTER, 20);
    List<Assembled> out =
        feed(
            assembler,
            new KeyStrokes()
                .type("x".repeat(21), 5)
                .enter(5)
                .type("y".repeat(20), 5)
                .enter(5)
                .type("ok", 5)
                .enter(5));
    assertThat(out)
        .containsExactly(new Discarded(Why.OVERLONG, 21), new Code("y".repeat(20)), new Code("ok"));
  }

  @Test
  void hundredThousandKeysWithoutTerminatorAreDiscardedAndTheScannerResyncs() {
    ScanAssembler assembler = enter();
    KeyStrokes flood = new KeyStrokes();
    for (int i = 0; i < 10_000; i++) {
      flood.type("1234567890", 1);
    }
    flood.enter(5).type("0012345678", 10).enter(10);

    List<Assembled> out = feed(assembler, flood);

    assertThat(out).containsExactly(new Discarded(Why.OVERLONG, 100_000), new Code("0012345678"));
  }

  @Test
  void controlKeysDoNotEditTheCodeAndUnknownKeysTypeNothing() {
    ScanAssembler assembler = enter();
    KeyStrokes strokes =
        new KeyStrokes()
            .type("12", 10)
            .tap(KeyStrokes.KEY_BACKSPACE, false, 10)
            .tap(KeyStrokes.KEY_ESC, false, 10)
            .tap(KeyStrokes.KEY_F1, false, 10)
            .tap(KeyStrokes.KEY_UP, false, 10)
            .tap(999, false, 10)
            .tap(0xFFFF, true, 10)
            .type("3", 10)
            .enter(10);
    assertThat(feed(assembler, strokes)).containsExactly(new Code("123"));
    assertThat(assembler.droppedKeys()).isEqualTo(6);
  }

  @Test
  void ctrlCombinationsAreCommandsNotText() {
    KeyStrokes strokes =
        new KeyStrokes()
            .type("ab", 10)
            .key(UsKeyMap.KEY_LEFTCTRL, InputEvent.PRESS)
            .type("j", 10) // Ctrl+J: a line feed on some systems
            .key(UsKeyMap.KEY_LEFTCTRL, InputEvent.RELEASE)
            .type("c", 10)
            .enter(10);
    assertThat(feed(enter(), strokes)).containsExactly(new Code("abc"));
  }

  @Test
  void germanCharactersAUsKeyboardCannotTypeAreDropped() {
    // A scanner in "Alt+keypad" mode sends ä as Alt held + keypad 0 2 2 8 (a Windows convention);
    // Linux has no such input, and a scanner in plain US mode sends nothing or the 102nd key.
    KeyStrokes strokes =
        new KeyStrokes()
            .type("Stra", 10)
            .key(UsKeyMap.KEY_LEFTALT, InputEvent.PRESS)
            .tap(KeyStrokes.KEY_KP0, false, 10)
            .tap(KeyStrokes.KEY_KP2, false, 10)
            .tap(KeyStrokes.KEY_KP2, false, 10)
            .tap(KeyStrokes.KEY_KP8, false, 10)
            .key(UsKeyMap.KEY_LEFTALT, InputEvent.RELEASE)
            .tap(KeyStrokes.KEY_102ND, false, 10)
            .type("e", 10)
            .enter(10);
    assertThat(feed(enter(), strokes)).containsExactly(new Code("Strae"));
  }

  @Test
  void anUnbalancedReleaseOfAModifierDoesNotBlockLaterKeys() {
    KeyStrokes strokes =
        new KeyStrokes()
            .key(UsKeyMap.KEY_LEFTALT, InputEvent.RELEASE)
            .key(UsKeyMap.KEY_RIGHTCTRL, InputEvent.RELEASE)
            .type("42", 10)
            .enter(10);
    assertThat(feed(enter(), strokes)).containsExactly(new Code("42"));
  }

  @Test
  void anEnterAloneIsNoCode() {
    assertThat(feed(enter(), new KeyStrokes().enter(10).enter(10))).isEmpty();
  }

  @Test
  void settingsRejectNonsense() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ScanAssembler.Settings(KeyTerminator.ENTER, 0, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ScanAssembler.Settings(KeyTerminator.ENTER, 10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
