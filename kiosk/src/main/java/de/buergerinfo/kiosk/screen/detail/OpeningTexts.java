package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.kiosk.i18n.DisplayText;
import de.buergerinfo.kiosk.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Map;

/**
 * Opening hours in words for the citizen: "Open now until 14:00", "Closed now – opens Wednesday at
 * 08:00". Times are 24-hour {@code HH:mm} in 0-9 digits in every language, as on Bremen's signs.
 */
public final class OpeningTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private OpeningTexts() {}

  /** What the state means now, in one sentence. */
  public static String state(OpeningState state, LocalDateTime now, Messages messages) {
    return switch (state) {
      case OpeningState.Open open ->
          messages.format("detail.office.open", "time", time(open.closesAt()));
      case OpeningState.Closed closed when closed.opensAt().isEmpty() ->
          messages.text("detail.office.closedLongTime");
      case OpeningState.Closed closed -> {
        LocalDateTime opens = closed.opensAt().orElseThrow();
        LocalDate today = now.toLocalDate();
        String time = time(opens.toLocalTime());
        if (opens.toLocalDate().equals(today)) {
          yield messages.format("detail.office.closedOpensToday", "time", time);
        }
        if (opens.toLocalDate().equals(today.plusDays(1))) {
          yield messages.format("detail.office.closedOpensTomorrow", "time", time);
        }
        // Within a week the weekday says it; further away (holidays) the date is needed too.
        String day =
            opens.toLocalDate().isBefore(today.plusDays(7))
                ? weekday(opens.getDayOfWeek(), messages)
                : date(opens.toLocalDate(), messages);
        yield messages.format("detail.office.closedOpensOn", Map.of("day", day, "time", time));
      }
    };
  }

  /** "08:00–14:00": for a node of its own, left to right in every language. */
  public static String range(TimeRange range) {
    return time(range.from()) + "–" + time(range.to());
  }

  /** "08:00-14:00" with a plain hyphen: ticket printers' code pages have no dash. */
  public static String printableRange(TimeRange range) {
    return time(range.from()) + "-" + time(range.to());
  }

  public static String time(LocalTime time) {
    return TIME.format(time);
  }

  /** "Mittwoch", "çarşamba", "الأربعاء" in the reader's language. */
  public static String weekday(DayOfWeek day, Messages messages) {
    return DisplayText.of(day.getDisplayName(TextStyle.FULL, messages.language().locale()));
  }

  /** "4. Januar 2027" in the reader's language, digits 0-9. */
  public static String date(LocalDate date, Messages messages) {
    return DisplayText.of(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(messages.language().locale())
            .format(date));
  }
}
