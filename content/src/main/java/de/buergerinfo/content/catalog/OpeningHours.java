package de.buergerinfo.content.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an office is open: hours per weekday, and exceptions for dates (holidays, closures, extra
 * hours). Times are the office's local time (Europe/Berlin).
 *
 * @param weekly hours per day of the week; a missing day is closed
 * @param exceptions dates that differ; a later exception wins over an earlier one for the same day
 */
public record OpeningHours(
    Map<DayOfWeek, List<TimeRange>> weekly, List<OpeningException> exceptions) {

  /** How far ahead {@link #stateAt} looks for the next opening. */
  static final int LOOK_AHEAD_DAYS = 14;

  public OpeningHours {
    EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    weekly.forEach(
        (day, hours) -> {
          List<TimeRange> sorted = sortedWithoutOverlap(hours);
          if (!sorted.isEmpty()) {
            copy.put(day, sorted);
          }
        });
    weekly = Collections.unmodifiableMap(copy);
    exceptions = List.copyOf(exceptions);
  }

  /** No hours at all: an office reachable only by appointment or not at all. */
  public static OpeningHours none() {
    return new OpeningHours(Map.of(), List.of());
  }

  /** The hours on one date, exceptions included; empty when closed. */
  public List<TimeRange> on(LocalDate date) {
    for (int i = exceptions.size() - 1; i >= 0; i--) {
      if (exceptions.get(i).covers(date)) {
        return exceptions.get(i).hours();
      }
    }
    return weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /** The exception in force on {@code date}, if any. */
  public Optional<OpeningException> exceptionOn(LocalDate date) {
    for (int i = exceptions.size() - 1; i >= 0; i--) {
      if (exceptions.get(i).covers(date)) {
        return Optional.of(exceptions.get(i));
      }
    }
    return Optional.empty();
  }

  /** Open or closed at {@code time}, with when that changes. */
  public OpeningState stateAt(LocalDateTime time) {
    LocalTime clock = time.toLocalTime();
    for (TimeRange range : on(time.toLocalDate())) {
      if (range.contains(clock)) {
        return new OpeningState.Open(range.to());
      }
    }
    for (int day = 0; day <= LOOK_AHEAD_DAYS; day++) {
      LocalDate date = time.toLocalDate().plusDays(day);
      for (TimeRange range : on(date)) {
        LocalDateTime opens = date.atTime(range.from());
        if (opens.isAfter(time)) {
          return new OpeningState.Closed(Optional.of(opens));
        }
      }
    }
    return new OpeningState.Closed(Optional.empty());
  }

  /** Sorts ranges by start and refuses overlapping ones (a typo in the content). */
  static List<TimeRange> sortedWithoutOverlap(List<TimeRange> ranges) {
    List<TimeRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(TimeRange::from));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).from().isBefore(sorted.get(i - 1).to())) {
        throw new IllegalArgumentException(
            "opening hours overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    return List.copyOf(sorted);
  }
}
