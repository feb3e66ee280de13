package de.buergerinfo.content.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Days that differ from the weekly hours: a holiday, a closure, a staff outing, extra hours.
 *
 * @param from first day
 * @param to last day (inclusive); not before {@code from}
 * @param hours hours on those days; empty means closed
 * @param reason why, for citizens ("Betriebsausflug")
 */
public record OpeningException(
    LocalDate from, LocalDate to, List<TimeRange> hours, LocalizedText reason) {

  public OpeningException {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "an exception must not end (" + to + ") before it starts (" + from + ")");
    }
    hours = OpeningHours.sortedWithoutOverlap(hours);
    Objects.requireNonNull(reason, "reason");
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  public boolean isClosed() {
    return hours.isEmpty();
  }
}
