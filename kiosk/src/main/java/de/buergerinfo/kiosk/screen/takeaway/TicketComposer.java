package de.buergerinfo.kiosk.screen.takeaway;

import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.detail.OfficeFacts;
import de.buergerinfo.kiosk.screen.detail.OpeningTexts;
import de.buergerinfo.kiosk.ui.QrCodes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a take-away sheet into what leaves the terminal: a printer ticket, the plain text for a QR
 * code when the printer cannot print, and the text the voice reads. Pure: no JavaFX, no devices.
 *
 * <p>Numbers that must read left to right (phone numbers, addresses, web addresses) get lines of
 * their own on the ticket: inside an Arabic or Persian line the printer's bidi would reorder "0421
 * 361-0" into "361-0 0421". Time ranges use a plain hyphen, which keeps "08:00-14:00" one number
 * run in any direction (and is in every code page).
 */
public final class TicketComposer {

  private final Messages messages;

  /** A composer for texts in {@code messages}' language. */
  public TicketComposer(Messages messages) {
    this.messages = messages;
  }

  /** The printed ticket: heading, services, what to bring, fees, where, online, date, footer. */
  public Ticket ticket(TakeAwaySheet sheet) {
    Ticket.Builder ticket = Ticket.builder();
    ticket.heading(messages.text("app.name"));
    ticket.separator();
    sheet.title().ifPresent(ticket::emphasis);
    sheet.services().forEach(ticket::emphasis);
    if (!sheet.items().isEmpty()) {
      ticket.text("");
      ticket.emphasis(messages.text("takeaway.ticket.bring"));
      for (TakeAwaySheet.Item item : sheet.items()) {
        ticket.text(itemLine(item));
      }
    }
    if (!sheet.fees().isEmpty()) {
      ticket.text("");
      ticket.emphasis(messages.text("takeaway.ticket.fees"));
      for (TakeAwaySheet.Fee fee : sheet.fees()) {
        ticket.text(feeLine(fee, sheet));
      }
    }
    if (!sheet.offices().isEmpty()) {
      ticket.separator();
      ticket.emphasis(messages.text("takeaway.ticket.where"));
      for (OfficeFacts office : sheet.offices()) {
        ticket.text("");
        ticket.emphasis(office.name().text());
        ticket.text(office.address());
        office.notices().forEach(n -> ticket.text("! " + n.title().text()));
        for (OfficeFacts.DayHours day : office.week()) {
          ticket.row(day.dayName(), printable(day.hours()));
        }
        office
            .phone()
            .ifPresent(
                phone -> {
                  // The label alone, then the number alone: see the class comment.
                  ticket.text(messages.text("takeaway.ticket.phone"));
                  ticket.text(phone);
                });
      }
    }
    for (URI url : sheet.online()) {
      ticket.separator();
      ticket.emphasis(messages.text("takeaway.ticket.online"));
      ticket.qr(url.toString());
      ticket.text(url.toString());
    }
    ticket.separator();
    ticket.text(date(sheet));
    if (sheet.hasFallbackText()) {
      ticket.text(messages.text("takeaway.ticket.fallback"));
    }
    ticket.text(messages.text("takeaway.ticket.footer"));
    ticket.cut();
    return ticket.build();
  }

  /**
   * The sheet as plain text for a QR code on screen, as short as a phone can still read from the
   * screen: it leaves out first the weekly hours and fees, then offices beyond the first, then
   * shortens the list of things to bring.
   */
  public String qrText(TakeAwaySheet sheet) {
    List<String> full = plainLines(sheet, true, sheet.offices().size(), sheet.items().size());
    if (QrCodes.scannableOnScreen(String.join("\n", full))) {
      return String.join("\n", full);
    }
    List<String> lines = plainLines(sheet, false, sheet.offices().size(), sheet.items().size());
    for (int offices = sheet.offices().size(); offices >= 1; offices--) {
      lines = plainLines(sheet, false, offices, sheet.items().size());
      if (QrCodes.scannableOnScreen(String.join("\n", lines))) {
        return String.join("\n", lines);
      }
    }
    for (int items = sheet.items().size() - 1; items >= 0; items--) {
      lines = plainLines(sheet, false, Math.min(1, sheet.offices().size()), items);
      if (QrCodes.scannableOnScreen(String.join("\n", lines))) {
        return String.join("\n", lines);
      }
    }
    // Names alone; no service has a name longer than a code holds.
    return String.join("\n", plainLines(sheet, false, 0, 0));
  }

  /** What the voice says about the ticket: the same content, without web addresses. */
  public String speech(TakeAwaySheet sheet) {
    List<String> lines = new ArrayList<>();
    sheet.title().ifPresent(lines::add);
    lines.addAll(sheet.services());
    if (!sheet.items().isEmpty()) {
      lines.add(messages.text("takeaway.ticket.bring"));
      sheet.items().forEach(item -> lines.add(item.text()));
    }
    sheet.fees().forEach(fee -> lines.add(fee.text()));
    if (!sheet.offices().isEmpty()) {
      lines.add(messages.text("takeaway.ticket.where"));
      for (OfficeFacts office : sheet.offices()) {
        lines.add(office.name().text() + ", " + office.address());
      }
    }
    return lines.stream()
        .map(String::strip)
        .map(line -> line.endsWith(".") || line.endsWith(":") ? line : line + ".")
        .collect(Collectors.joining(" "));
  }

  private List<String> plainLines(
      TakeAwaySheet sheet, boolean withHoursAndFees, int offices, int items) {
    List<String> lines = new ArrayList<>();
    sheet.title().ifPresent(lines::add);
    lines.addAll(sheet.services());
    if (!sheet.items().isEmpty()) {
      lines.add("");
      lines.add(messages.text("takeaway.ticket.bring"));
      sheet.items().stream().limit(items).forEach(item -> lines.add(itemLine(item)));
      if (items < sheet.items().size()) {
        lines.add("…");
      }
    }
    if (withHoursAndFees && !sheet.fees().isEmpty()) {
      lines.add("");
      lines.add(messages.text("takeaway.ticket.fees"));
      sheet.fees().forEach(fee -> lines.add(feeLine(fee, sheet)));
    }
    if (!sheet.offices().isEmpty() && offices > 0) {
      lines.add("");
      lines.add(messages.text("takeaway.ticket.where"));
      for (OfficeFacts office : sheet.offices().stream().limit(offices).toList()) {
        lines.add(office.name().text());
        lines.add(office.address());
        if (withHoursAndFees) {
          for (OfficeFacts.DayHours day : office.week()) {
            lines.add(day.dayName() + " " + printable(day.hours()));
          }
        }
        office.phone().ifPresent(lines::add);
      }
    }
    sheet.online().forEach(url -> lines.add(url.toString()));
    return lines;
  }

  /** "[ ] Passfoto" — a box to tick at home; "(only if it applies to you)" for conditional ones. */
  private String itemLine(TakeAwaySheet.Item item) {
    String line = "[ ] " + item.text();
    return item.conditional()
        ? line + " (" + messages.text("takeaway.ticket.ifApplies") + ")"
        : line;
  }

  private static String feeLine(TakeAwaySheet.Fee fee, TakeAwaySheet sheet) {
    return sheet.fees().size() == 1 ? fee.text() : fee.service() + ": " + fee.text();
  }

  private static String printable(List<TimeRange> ranges) {
    return ranges.stream().map(OpeningTexts::printableRange).collect(Collectors.joining(", "));
  }

  private String date(TakeAwaySheet sheet) {
    return messages.format(
        "takeaway.ticket.date",
        java.util.Map.of(
            "date",
            OpeningTexts.date(sheet.madeAt().toLocalDate(), messages),
            "time",
            OpeningTexts.time(sheet.madeAt().toLocalTime())));
  }
}
