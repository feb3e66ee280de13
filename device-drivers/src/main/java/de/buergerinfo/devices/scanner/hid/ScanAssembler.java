package de.buergerinfo.devices.scanner.hid;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a HID scanner's key events into codes: tracks Shift and Caps Lock, ends a code at the
 * terminator key (or, without one, at a pause), discards overlong codes up to the next terminator
 * and half codes that stopped in the middle. Keys typed with Ctrl, Alt or the Windows key held,
 * control keys and unknown codes type nothing. Not thread-safe: one reader thread feeds it.
 */
public final class ScanAssembler {

  /** What one event or pause finished. */
  public sealed interface Assembled {

    /** A whole code, not yet cleaned. */
    record Code(String text) implements Assembled {
      @Override
      public String toString() {
        return "Code[" + text.length() + " chars]";
      }
    }

    /** Keys thrown away, with why; {@code keys} counts the characters, for the log. */
    record Discarded(Why why, int keys) implements Assembled {}
  }

  /** Why keys were thrown away. */
  public enum Why {
    /** More characters than the limit before the terminator. */
    OVERLONG,
    /** The keys stopped before the terminator came. */
    INCOMPLETE
  }

  /**
   * How codes are framed.
   *
   * @param terminator the key after each code
   * @param maxLength the most characters of one code
   * @param pause a longer gap between two keys ends a code ({@link KeyTerminator#NONE}) or discards
   *     a half one
   */
  public record Settings(KeyTerminator terminator, int maxLength, Duration pause) {
    public Settings {
      Objects.requireNonNull(terminator, "terminator");
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
      }
      if (pause.isNegative() || pause.isZero()) {
        throw new IllegalArgumentException("pause must be positive: " + pause);
      }
    }
  }

  private final Settings settings;
  private final long pauseMicros;
  private final StringBuilder code = new StringBuilder();
  private boolean leftShift;
  private boolean rightShift;
  private boolean capsLock;
  private int commandModifiersHeld;
  private boolean overlong;
  private int keys;
  private long lastKeyMicros;
  private long droppedKeys;

  public ScanAssembler(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pauseMicros = settings.pause().toNanos() / 1_000;
  }

  public Settings settings() {
    return settings;
  }

  /** Takes one event; returns the code or discard that it finished, if any. */
  public Optional<Assembled> accept(InputEvent event) {
    if (!event.isKey()) {
      return Optional.empty(); // EV_SYN, EV_MSC, LEDs: framing and noise, no text.
    }
    int key = event.code();
    int value = event.value();
    // Any key event, also a release or a repeat, shows the scanner is still typing.
    Optional<Assembled> afterPause = gap(event.timeMicros());
    if (UsKeyMap.isShift(key) || UsKeyMap.isCommandModifier(key)) {
      modifier(key, value);
      return afterPause;
    }
    if (value != InputEvent.PRESS) {
      // Releases type nothing; kernel auto-repeat (2) is the kernel's guess that a key is held,
      // which a scanner never means: it presses and releases each key itself.
      return afterPause;
    }
    if (key == UsKeyMap.KEY_CAPSLOCK) {
      capsLock = !capsLock;
      return afterPause;
    }
    if (commandModifiersHeld > 0) {
      droppedKeys++; // Ctrl+J, Alt+numpad codes: commands, never text.
      return afterPause;
    }
    boolean isTerminator =
        switch (settings.terminator()) {
          case ENTER -> UsKeyMap.isEnter(key);
          case TAB -> key == UsKeyMap.KEY_TAB;
          case NONE -> false;
        };
    if (isTerminator) {
      return afterPause.isPresent() ? afterPause : finish();
    }
    Optional<Character> typed = UsKeyMap.character(key, leftShift || rightShift, capsLock);
    if (typed.isEmpty()) {
      droppedKeys++;
      return afterPause;
    }
    append(typed.get());
    return afterPause;
  }

  /** The reader saw no key for {@link Settings#pause()}: ends or discards what was typed. */
  public Optional<Assembled> pause() {
    if (keys == 0) {
      return Optional.empty();
    }
    return settings.terminator() == KeyTerminator.NONE ? finish() : discard(Why.INCOMPLETE);
  }

  /** Keys that typed nothing (control keys, unknown codes, keys with Ctrl or Alt), for tests. */
  public long droppedKeys() {
    return droppedKeys;
  }

  /** Forgets a half code and the modifiers, for a reopened device. */
  public void reset() {
    code.setLength(0);
    keys = 0;
    overlong = false;
    leftShift = false;
    rightShift = false;
    capsLock = false;
    commandModifiersHeld = 0;
  }

  private void modifier(int key, int value) {
    if (value == InputEvent.REPEAT) {
      return;
    }
    boolean down = value != InputEvent.RELEASE;
    if (key == UsKeyMap.KEY_LEFTSHIFT) {
      leftShift = down;
    } else if (key == UsKeyMap.KEY_RIGHTSHIFT) {
      rightShift = down;
    } else {
      commandModifiersHeld = Math.max(0, commandModifiersHeld + (down ? 1 : -1));
    }
  }

  /** A key event long after the previous one: what was typed before belongs to no code. */
  private Optional<Assembled> gap(long nowMicros) {
    // Kernel timestamps follow the wall clock, which can step back; a step back is no pause.
    boolean paused = keys > 0 && nowMicros - lastKeyMicros > pauseMicros;
    lastKeyMicros = nowMicros;
    return paused ? pause() : Optional.empty();
  }

  private void append(char c) {
    keys++;
    if (overlong) {
      return;
    }
    if (code.length() >= settings.maxLength()) {
      overlong = true;
      code.setLength(0); // Keep memory bounded; the rest is counted only.
      return;
    }
    code.append(c);
  }

  private Optional<Assembled> finish() {
    if (keys == 0) {
      return Optional.empty();
    }
    if (overlong) {
      return discard(Why.OVERLONG);
    }
    Assembled done = new Assembled.Code(code.toString());
    code.setLength(0);
    keys = 0;
    return Optional.of(done);
  }

  private Optional<Assembled> discard(Why why) {
    Assembled done = new Assembled.Discarded(overlong ? Why.OVERLONG : why, keys);
    code.setLength(0);
    keys = 0;
    overlong = false;
    return Optional.of(done);
  }
}
