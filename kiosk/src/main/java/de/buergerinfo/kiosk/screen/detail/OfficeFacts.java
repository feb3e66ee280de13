package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.CatalogText;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One office as the citizen needs it now: where it is, whether it is open, today's hours, notices
 * in force, how to call. Built from the catalogue for a moment in Bremen's time; public data only.
 *
 * @param id the office's id
 * @param name its name
 * @param address one line, "Pelzerstraße 40, 28195 Bremen" (always left to right)
 * @param addressHint how to find the entrance, if known
 * @param open whether it is open now
 * @param state "Open now until 14:00" or when it opens next
 * @param today today's hours, "08:00–14:00" each; empty when closed all day
 * @param closedTodayBecause why it is closed today, when a holiday or closure says so
 * @param week the weekly hours, Monday first, days without hours left out
 * @param notices announcements in force that concern this office
 * @param phone the phone number as written for people
 * @param web the office's web page
 * @param bookable whether the office takes appointments through a booking system
 */
public record OfficeFacts(
    String id,
    ResolvedText name,
    String address,
    Optional<ResolvedText> addressHint,
    boolean open,
    String state,
    List<TimeRange> today,
    Optional<ResolvedText> closedTodayBecause,
    List<DayHours> week,
    List<Notice> notices,
    Optional<String> phone,
    Optional<URI> web,
    boolean bookable) {

  /** Hours on one weekday. */
  public record DayHours(DayOfWeek day, String dayName, List<TimeRange> hours) {}

  /** An announcement in force: a closure stands out more than information. */
  public record Notice(Announcement.Kind kind, ResolvedText title, Optional<ResolvedText> text) {
    public boolean isClosure() {
      return kind == Announcement.Kind.CLOSURE;
    }
  }

  /** The office at {@code now} (Bremen's local time), texts for {@code messages}' reader. */
  public static OfficeFacts of(
      Office office, Catalog catalog, LocalDateTime now, Messages messages) {
    var language = messages.language();
    OpeningState state = office.openingHours().stateAt(now);
    List<TimeRange> today = office.openingHours().on(now.toLocalDate());
    Optional<ResolvedText> closedBecause =
        today.isEmpty()
            ? office
                .openingHours()
                .exceptionOn(now.toLocalDate())
                .flatMap(e -> CatalogText.resolve(e.reason(), language))
            : Optional.empty();
    List<DayHours> week = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeRange> hours = office.openingHours().weekly().getOrDefault(day, List.of());
      if (!hours.isEmpty()) {
        week.add(new DayHours(day, OpeningTexts.weekday(day, messages), hours));
      }
    }
    List<Notice> notices = new ArrayList<>();
    for (Announcement announcement : catalog.announcements()) {
      if (announcement.isActiveAt(now) && announcement.concerns(office.id())) {
        notices.add(
            new Notice(
                announcement.kind(),
                CatalogText.resolve(announcement.title(), language).orElseThrow(),
                CatalogText.resolve(announcement.text(), language)));
      }
    }
    // Closures first: they change whether the visit is worth it.
    notices.sort((a, b) -> Boolean.compare(b.isClosure(), a.isClosure()));
    return new OfficeFacts(
        office.id(),
        CatalogText.resolve(office.name(), language).orElseThrow(),
        office.address().oneLine(),
        CatalogText.resolve(office.address().hint(), language),
        state instanceof OpeningState.Open,
        OpeningTexts.state(state, now, messages),
        today,
        closedBecause,
        List.copyOf(week),
        List.copyOf(notices),
        office.contact().phone().filter(p -> !p.isBlank()),
        office.contact().web(),
        !office.booking().isEmpty());
  }
}
