package de.buergerinfo.devices.scanner.keyboard;

import de.buergerinfo.devices.scanner.ScannedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tells a scanner that types into the screen as a keyboard from a person typing, by timing: a
 * scanner types every 7 to 20 ms, a person every 60 ms or slower. The UI hands it every typed
 * character (a {@code KEY_TYPED} event filter) and does what the {@link Decision}s say: put
 * released characters into the focused field, or take a scan as a code. To make sure no scanned
 * character ever lands in a field, each character is held until it is clear what it is: a burst of
 * at least {@code minLength} characters with gaps under {@code maxGap} is a scan; anything else is
 * released, in order and complete, after at most {@code maxGap} (so typing shows up to 40 ms
 * later). A lone terminator or one ending a short burst is released at once.
 *
 * <p>Use: call {@link #typed} for each character and swallow the event; call {@link #tick} when
 * {@link #deadline()} has come (a UI timer). Not thread-safe: use it on the UI thread only. It
 * cannot tell a person who types at the very moment a scan starts (within {@code maxGap}): those
 * characters become part of the scan.
 */
public final class KeyboardWedgeDetector {

  /** What the UI should do now. */
  public sealed interface Decision {

    /** Typed by a person: put these characters into the focused field, in this order. */
    record Release(String typed) implements Decision {
      @Override
      public String toString() {
        return "Release[" + typed.length() + " chars]"; // What people type stays out of logs.
      }
    }

    /** A scan: the code, already cleaned by {@link ScannedText}; nothing goes into the field. */
    record Scan(String code) implements Decision {
      @Override
      public String toString() {
        return "Scan[" + code.length() + " chars]";
      }
    }

    /** A scan that was too long or had nothing left after cleaning: swallowed, not used. */
    record Discarded(int chars) implements Decision {}
  }

  /** The character the scanner sends after each code. */
  public enum Terminator {
    /** Enter: {@code \r} or {@code \n}, as UI toolkits deliver it. */
    ENTER,
    TAB,
    /** No suffix: a pause ends the code. */
    NONE;

    boolean ends(char c) {
      return switch (this) {
        case ENTER -> c == '\r' || c == '\n';
        case TAB -> c == '\t';
        case NONE -> false;
      };
    }
  }

  /**
   * How scans are told from typing.
   *
   * @param terminator what the scanner sends after a code
   * @param minLength the fewest characters of a scan; shorter fast bursts count as typing
   * @param maxGap the longest gap inside a scan, and how long a character is held
   * @param maxLength the most characters of a scan; a longer one is swallowed and discarded
   * @param germanLayoutFix undo a German layout under a US scanner ({@link GermanLayoutFix})
   */
  public record Settings(
      Terminator terminator,
      int minLength,
      Duration maxGap,
      int maxLength,
      boolean germanLayoutFix) {

    /** Enter after each code, scans of 6 or more characters, 40 ms gaps, no layout fix. */
    public static final Settings DEFAULT =
        new Settings(Terminator.ENTER, 6, Duration.ofMillis(40), ScannedText.MAX_LENGTH, false);

    public Settings {
      Objects.requireNonNull(terminator, "terminator");
      if (minLength < 2 || maxLength < minLength) {
        throw new IllegalArgumentException(
            "need 2 <= minLength <= maxLength, got " + minLength + ", " + maxLength);
      }
      if (maxGap.isNegative() || maxGap.isZero() || maxGap.toMillis() > 200) {
        throw new IllegalArgumentException("maxGap must be from 1 to 200 ms: " + maxGap);
      }
    }
  }

  private final Settings settings;
  private final long maxGapNanos;
  private final StringBuilder held = new StringBuilder();
  private int burstLength;
  private long lastNanos;

  public KeyboardWedgeDetector(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.maxGapNanos = settings.maxGap().toNanos();
  }

  /**
   * A character was typed at {@code nanos} ({@link System#nanoTime()} when the UI got it). Returns
   * what to do now, in order; often nothing yet (the character is held).
   */
  public List<Decision> typed(char c, long nanos) {
    List<Decision> decisions = new ArrayList<>(2);
    if (burstLength > 0 && nanos - lastNanos >= maxGapNanos) {
      endBurst().ifPresent(decisions::add);
    }
    lastNanos = nanos;
    if (settings.terminator().ends(c)) {
      if (burstLength >= settings.minLength()) {
        endBurst().ifPresent(decisions::add); // The terminator is swallowed with the scan.
      } else {
        held.append(c);
        decisions.add(new Decision.Release(held.toString()));
        clear();
      }
      return decisions;
    }
    burstLength++;
    if (held.length() < settings.maxLength()) {
      held.append(c);
    }
    return decisions;
  }

  /** The UI timer fired: releases or ends what is held once {@code maxGap} has passed. */
  public List<Decision> tick(long nanos) {
    if (burstLength > 0 && nanos - lastNanos >= maxGapNanos) {
      return endBurst().map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /** When {@link #tick} must be called next; empty when nothing is held. */
  public OptionalLong deadline() {
    return burstLength > 0 ? OptionalLong.of(lastNanos + maxGapNanos) : OptionalLong.empty();
  }

  /** Whether characters are held, for a UI that must release them before it loses focus. */
  public boolean holding() {
    return burstLength > 0;
  }

  private Optional<Decision> endBurst() {
    if (burstLength == 0) {
      return Optional.empty();
    }
    Decision decision;
    if (burstLength < settings.minLength()) {
      decision = new Decision.Release(held.toString());
    } else if (burstLength > settings.maxLength()) {
      decision = new Decision.Discarded(burstLength);
    } else {
      String raw = settings.germanLayoutFix() ? GermanLayoutFix.toUs(held) : held.toString();
      decision =
          ScannedText.clean(raw)
              .<Decision>map(Decision.Scan::new)
              .orElse(new Decision.Discarded(burstLength));
    }
    clear();
    return Optional.of(decision);
  }

  private void clear() {
    held.setLength(0);
    burstLength = 0;
  }
}
