package de.buergerinfo.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  // 2026-11-23 is a Monday.
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private final OpeningHours hours =
      new OpeningHours(
          Map.of(
              DayOfWeek.MONDAY,
                  List.of(TimeRange.parse("13:00-18:00"), TimeRange.parse("08:00-12:00")),
              DayOfWeek.WEDNESDAY, List.of(TimeRange.parse("08:00-12:00"))),
          List.of(
              new OpeningException(
                  MONDAY.plusWeeks(1),
                  MONDAY.plusWeeks(1),
                  List.of(),
                  CatalogFixtures.de("Betriebsausflug"))));

  @Test
  void rangesAreSortedByStart() {
    assertThat(hours.on(MONDAY))
        .containsExactly(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-18:00"));
  }

  @Test
  void openNowSaysUntilWhen() {
    assertThat(hours.stateAt(MONDAY.atTime(9, 30)))
        .isEqualTo(new OpeningState.Open(LocalTime.of(12, 0)));
    assertThat(hours.stateAt(MONDAY.atTime(8, 0)))
        .isEqualTo(new OpeningState.Open(LocalTime.of(12, 0)));
  }

  @Test
  void closedAtLunchOpensInTheAfternoon() {
    assertThat(hours.stateAt(MONDAY.atTime(12, 0)))
        .isEqualTo(new OpeningState.Closed(java.util.Optional.of(MONDAY.atTime(13, 0))));
  }

  @Test
  void closedInTheEveningOpensOnTheNextOpeningDay() {
    assertThat(hours.stateAt(MONDAY.atTime(18, 0)))
        .isEqualTo(new OpeningState.Closed(java.util.Optional.of(MONDAY.plusDays(2).atTime(8, 0))));
  }

  @Test
  void anExceptionClosesAWholeDayAndIsFound() {
    LocalDate outing = MONDAY.plusWeeks(1);

    assertThat(hours.on(outing)).isEmpty();
    assertThat(hours.exceptionOn(outing))
        .get()
        .extracting(OpeningException::isClosed)
        .isEqualTo(true);
    assertThat(hours.stateAt(outing.atTime(9, 0)))
        .isEqualTo(new OpeningState.Closed(java.util.Optional.of(outing.plusDays(2).atTime(8, 0))));
  }

  @Test
  void aLaterExceptionWinsForTheSameDay() {
    OpeningHours special =
        new OpeningHours(
            hours.weekly(),
            List.of(
                new OpeningException(
                    MONDAY, MONDAY.plusDays(6), List.of(), CatalogFixtures.de("Umbau")),
                new OpeningException(
                    MONDAY,
                    MONDAY,
                    List.of(TimeRange.parse("10:00-11:00")),
                    CatalogFixtures.de("Notdienst"))));

    assertThat(special.on(MONDAY)).containsExactly(TimeRange.parse("10:00-11:00"));
    assertThat(special.on(MONDAY.plusDays(2))).isEmpty();
  }

  @Test
  void noOpeningWithinTwoWeeksSaysNothingAboutWhen() {
    assertThat(OpeningHours.none().stateAt(LocalDateTime.of(2026, 11, 24, 10, 0)))
        .isEqualTo(new OpeningState.Closed(java.util.Optional.empty()));
  }

  @Test
  void badRangesAreRefused() {
    assertThatThrownBy(() -> TimeRange.parse("12:00-08:00")).hasMessageContaining("end after");
    assertThatThrownBy(() -> TimeRange.parse("8 bis 12")).hasMessageContaining("08:00-12:30");
    assertThatThrownBy(() -> TimeRange.parse("25:00-26:00")).hasMessageContaining("time range");
    assertThatThrownBy(
            () ->
                new OpeningHours(
                    Map.of(
                        DayOfWeek.FRIDAY,
                        List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("11:00-13:00"))),
                    List.of()))
        .hasMessageContaining("overlap");
    assertThatThrownBy(
            () ->
                new OpeningException(MONDAY, MONDAY.minusDays(1), List.of(), LocalizedText.empty()))
        .hasMessageContaining("before it starts");
  }
}
