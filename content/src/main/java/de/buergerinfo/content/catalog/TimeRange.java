package de.buergerinfo.content.catalog;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours within one day, such as 08:00–12:30.
 *
 * @param from first minute open
 * @param to first minute closed again; after {@code from}
 */
public record TimeRange(LocalTime from, LocalTime to) {

  public TimeRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "opening hours must end after they begin: " + from + "-" + to);
    }
  }

  /** Reads {@code 08:00-12:30}. */
  public static TimeRange parse(String text) {
    String[] parts = text.strip().split("\\s*[-–]\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + text + "' is not a time range such as 08:00-12:30");
    }
    try {
      return new TimeRange(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time range such as 08:00-12:30", e);
    }
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(from) && time.isBefore(to);
  }

  @Override
  public String toString() {
    return from + "-" + to;
  }
}
