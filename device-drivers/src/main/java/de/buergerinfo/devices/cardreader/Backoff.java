package de.buergerinfo.devices.cardreader;

import java.time.Duration;

/**
 * Delays between retries that double from a first to a longest delay, and start over on success.
 */
final class Backoff {

  private final Duration first;
  private final Duration longest;
  private Duration next;

  Backoff(Duration first, Duration longest) {
    this.first = first;
    this.longest = longest;
    this.next = first;
  }

  /** The delay to wait now; the following one is twice as long, up to the longest. */
  Duration next() {
    Duration now = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(longest) > 0 ? longest : doubled;
    return now;
  }

  void reset() {
    next = first;
  }
}
