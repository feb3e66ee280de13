package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.kiosk.i18n.Messages;
import javafx.scene.layout.VBox;

/**
 * One office as a card, the same on the detail and the booking screen: its name and address on top,
 * then what the screen is about (today's opening state and notices, or the ways to book), and the
 * phone number. Addresses and phone numbers stay left to right in Arabic and Persian.
 */
public final class OfficeCard extends VBox {

  private final Messages messages;

  private OfficeCard(ResolvedText name, String address, Messages messages) {
    this.messages = messages;
    getStyleClass().add("office-card");
    getChildren().add(DetailNodes.catalogText(name, messages, "office-name"));
    getChildren().add(DetailNodes.leftToRight(address, "office-address"));
  }

  /**
   * Where to go: name, address (and how to find the entrance), whether it is open now, today's
   * hours or why it is closed today, notices in force (closures first, framed), phone.
   */
  public static OfficeCard forVisit(OfficeFacts office, Messages messages) {
    OfficeCard card = new OfficeCard(office.name(), office.address(), messages);
    office
        .addressHint()
        .ifPresent(hint -> card.getChildren().add(DetailNodes.catalogText(hint, messages, "hint")));
    card.getChildren()
        .add(
            DetailNodes.paragraph(
                office.state(), "office-state", office.open() ? "office-open" : "office-closed"));
    if (!office.today().isEmpty()) {
      card.getChildren()
          .add(
              DetailNodes.labelled(
                  messages.text("detail.office.today"),
                  DetailNodes.leftToRight(DetailNodes.ranges(office.today()), "office-hours")));
    } else {
      card.getChildren()
          .add(DetailNodes.paragraph(messages.text("detail.office.todayClosed"), "office-hours"));
      office
          .closedTodayBecause()
          .ifPresent(
              reason -> card.getChildren().add(DetailNodes.catalogText(reason, messages, "hint")));
    }
    for (OfficeFacts.Notice notice : office.notices()) {
      card.notice(notice);
    }
    office.phone().ifPresent(phone -> card.phone("detail.office.phone", phone, "office-phone"));
    return card;
  }

  /**
   * How to book: name, address, a QR code to the office's web page (which links to its booking),
   * and the phone number, large.
   */
  public static OfficeCard forBooking(BookingViewModel.OfficeBooking office, Messages messages) {
    OfficeCard card = new OfficeCard(office.name(), office.address(), messages);
    office
        .web()
        .ifPresent(
            web ->
                card.getChildren()
                    .add(
                        DetailNodes.qr(
                            web.toString(),
                            ServiceDetailViewModel.host(web),
                            messages.text("booking.online"),
                            messages,
                            ServiceDetailView.QR_SIZE)));
    office.phone().ifPresent(phone -> card.phone("booking.phone", phone, "booking-phone"));
    return card;
  }

  /** An announcement in force, framed so nobody misses it. */
  private void notice(OfficeFacts.Notice notice) {
    VBox box = new VBox();
    box.getStyleClass().addAll("notice", notice.isClosure() ? "notice-closure" : "notice-info");
    box.getChildren().add(DetailNodes.catalogText(notice.title(), messages, "notice-title"));
    notice.text().ifPresent(text -> box.getChildren().add(DetailNodes.catalogText(text, messages)));
    getChildren().add(box);
  }

  private void phone(String labelKey, String phone, String styleClass) {
    getChildren()
        .add(
            DetailNodes.labelled(
                messages.text(labelKey), DetailNodes.leftToRight(phone, styleClass)));
  }
}
