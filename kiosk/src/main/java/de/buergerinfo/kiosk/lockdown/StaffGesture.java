package de.buergerinfo.kiosk.lockdown;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden gesture by which a librarian reaches the staff functions of a locked terminal: five
 * taps in the screen's top-left corner within four seconds. A citizen tapping there by chance
 * rarely taps five times that fast; nothing on screen hints at it.
 */
public final class StaffGesture {

  /** Taps that make the gesture. */
  public static final int TAPS = 5;

  /** The time in which all taps must fall. */
  public static final Duration WITHIN = Duration.ofSeconds(4);

  private final Deque<Long> taps = new ArrayDeque<>();

  /**
   * A tap in the corner at {@code nanos} ({@link System#nanoTime()}); true when it completes the
   * gesture (the taps are then forgotten, so a sixth tap starts anew).
   */
  public boolean tap(long nanos) {
    taps.addLast(nanos);
    while (taps.size() > TAPS) {
      taps.removeFirst();
    }
    if (taps.size() == TAPS && nanos - taps.getFirst() <= WITHIN.toNanos()) {
      taps.clear();
      return true;
    }
    return false;
  }
}
