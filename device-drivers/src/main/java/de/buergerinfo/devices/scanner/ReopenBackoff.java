package de.buergerinfo.devices.scanner;

import java.time.Duration;

/**
 * How long a scanner driver waits before it tries to open a lost device again: starts short (a
 * replugged scanner is back at once) and doubles up to a ceiling (an unplugged one costs nothing).
 *
 * @param first the wait after the first failure
 * @param max the longest wait
 */
public record ReopenBackoff(Duration first, Duration max) {

  /** For terminals: 250 ms, doubling up to 5 s. */
  public static final ReopenBackoff DEFAULT =
      new ReopenBackoff(Duration.ofMillis(250), Duration.ofSeconds(5));

  public ReopenBackoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max, got " + first + ", " + max);
    }
  }

  /** The wait after {@code failures} failures in a row (1 for the first). */
  public Duration delay(int failures) {
    Duration delay = first;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
