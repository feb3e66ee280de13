package de.buergerinfo.kiosk.screen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.FlowAnswers;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.QrCodes;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The take-away sheet and what it turns into: ticket, QR text, spoken text. */
class TicketComposerTest {

  static final MessageCatalog TEXTS = MessageCatalog.load();
  static final Catalog CATALOG = ViewModelFixture.DEMO_CONTENT.current().catalog();
  static final LocalDateTime NOW = ViewModelFixture.TUESDAY_MORNING;

  /** The answers of someone whose German ID card was stolen and who already went to the police. */
  static final TakeAway.FlowChecklist STOLEN_ID_CARD =
      new TakeAway.FlowChecklist(
          "ausweis-verloren",
          new FlowAnswers(
              Map.of(
                  "gestohlen", "ja",
                  "polizei-anzeige", "ja",
                  "volljaehrig", "ja",
                  "staatsangehoerigkeit", "deutsch",
                  "dokument-deutsch", "personalausweis")));

  static TakeAwaySheet sheet(TakeAway takeAway, Language language) {
    return TakeAwaySheet.of(takeAway, CATALOG, TEXTS.messages(language), NOW).orElseThrow();
  }

  static Ticket ticket(TakeAway takeAway, Language language) {
    return new TicketComposer(TEXTS.messages(language)).ticket(sheet(takeAway, language));
  }

  /** The ticket's lines as text: headings, texts and rows ("label | value"). */
  static List<String> lines(Ticket ticket) {
    return ticket.elements().stream()
        .map(
            e ->
                switch (e) {
                  case Ticket.Heading h -> h.text();
                  case Ticket.Text t -> t.text();
                  case Ticket.Row r -> r.label() + " | " + r.value();
                  case Ticket.Qr q -> "QR " + q.payload();
                  default -> e.getClass().getSimpleName();
                })
        .toList();
  }

  @Test
  void aServiceSheetInGermanHasEverythingInOrder() {
    List<String> lines =
        lines(ticket(new TakeAway.ServiceSheet("personalausweis"), Language.GERMAN));

    assertThat(lines.getFirst()).isEqualTo("Bürger-Informations-Service");
    assertThat(lines)
        .containsSubsequence(
            "Personalausweis beantragen",
            "Das bringen Sie mit:",
            "Kosten:",
            "Hier erledigen Sie es:",
            "BürgerServiceCenter Mitte",
            "Pelzerstraße 40, 28195 Bremen",
            "Dienstag | 08:00-14:00",
            "Telefon:",
            "0421 361-0",
            "BürgerServiceCenter Nord",
            "! BürgerServiceCenter Nord am 9. Dezember geschlossen",
            "Stand: 1. Dezember 2026, 10:30 Uhr",
            "Cut");
    assertThat(lines).anyMatch(l -> l.startsWith("[ ] ") && l.contains("Passfoto"));
    assertThat(lines).contains("Donnerstag | 10:00-18:00");
    assertThat(lines).noneMatch(l -> l.contains("Samstag"));
  }

  @Test
  void withoutAFlowConditionalItemsSayTheyMayNotApply() {
    List<String> lines =
        lines(ticket(new TakeAway.ServiceSheet("personalausweis-verlust"), Language.GERMAN));

    assertThat(lines)
        .contains("[ ] Bescheinigung der Polizei über die Diebstahlsanzeige (nur wenn zutreffend)");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("[ ] Ein aktuelles biometrisches Passfoto")
                    && !l.contains("zutreffend"));
  }

  @Test
  void aFlowChecklistHasTheFlowsTitleItsServicesAndOnlyTheItemsThatApply() {
    TakeAwaySheet sheet = sheet(STOLEN_ID_CARD, Language.GERMAN);
    List<String> lines = lines(new TicketComposer(TEXTS.messages(Language.GERMAN)).ticket(sheet));

    assertThat(sheet.title()).isPresent();
    assertThat(sheet.services()).hasSize(3);
    assertThat(lines).contains("[ ] Bescheinigung der Polizei über die Diebstahlsanzeige");
    assertThat(lines).noneMatch(l -> l.contains("Vorher den Diebstahl bei der Polizei anzeigen"));
    assertThat(lines).noneMatch(l -> l.contains("zutreffend"));
    assertThat(sheet.fees()).allMatch(f -> !f.service().isEmpty());
  }

  @Test
  void theOnlineServiceComesAsAQrCodeWithItsAddressWritten() {
    List<String> lines =
        lines(ticket(new TakeAway.ServiceSheet("fahrzeug-zulassung"), Language.GERMAN));

    assertThat(lines)
        .containsSubsequence(
            "Online erledigen:",
            "QR https://www.service.bremen.de/dienstleistungen/i-kfz",
            "https://www.service.bremen.de/dienstleistungen/i-kfz");
    assertThat(lines).contains("! Kfz-Zulassungsstelle vom 7. bis 9. Dezember eingeschränkt");
  }

  @Test
  void inArabicPhoneNumbersAndAddressesStandOnLinesOfTheirOwn() {
    List<String> lines =
        lines(ticket(new TakeAway.ServiceSheet("personalausweis"), Language.ARABIC));

    assertThat(lines).contains("0421 361-0", "Pelzerstraße 40, 28195 Bremen", "الهاتف:");
    assertThat(lines).contains("الثلاثاء | 08:00-14:00");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("التاريخ: ") && l.contains("2026") && l.contains("10:30"));
  }

  @Test
  void fallbackTextIsAnnouncedOnTheTicket() {
    TakeAwaySheet turkish = sheet(new TakeAway.ServiceSheet("personalausweis"), Language.TURKISH);
    TakeAwaySheet german = sheet(new TakeAway.ServiceSheet("personalausweis"), Language.GERMAN);

    assertThat(turkish.hasFallbackText()).isTrue(); // the fees exist in German and English only
    assertThat(lines(new TicketComposer(TEXTS.messages(Language.TURKISH)).ticket(turkish)))
        .contains("Bazı bilgiler yalnızca başka bir dilde mevcuttur.");
    assertThat(german.hasFallbackText()).isFalse();
  }

  /** Every service, every language: the QR stand-in stays small enough to scan from the screen. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void theQrTextOfEveryServiceIsScannableFromTheScreen(Language language) {
    Messages messages = TEXTS.messages(language);
    TicketComposer composer = new TicketComposer(messages);
    for (Service service : CATALOG.services()) {
      TakeAwaySheet sheet = sheet(new TakeAway.ServiceSheet(service.id()), language);
      String text = composer.qrText(sheet);
      assertThat(QrCodes.version(text))
          .as(service.id() + " in " + language.tag() + ": " + text.length() + " characters")
          .isLessThanOrEqualTo(QrCodes.MAX_SCREEN_VERSION);
      assertThat(text).as(service.id()).startsWith(sheet.services().getFirst());
      assertThat(scan(text)).as(service.id() + " read back by a scanner").isEqualTo(text);
    }
  }

  /**
   * Reads the code back from a picture drawn as the screen draws it (whole pixels a module, quiet
   * zone), with ZXing's QR decoder told where the code is: proves the modules hold exactly the
   * text. (ZXing's own finder, without that help, misses about 1 in 80 of these codes at every
   * size; TakeAwayScreenTest scans a real on-screen code without help.)
   */
  static String scan(String payload) {
    var matrix = QrCodes.encode(payload);
    int scale = 6;
    int size = (matrix.getWidth() + 2 * QrCodes.QUIET_ZONE) * scale;
    var image =
        new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        image.setRGB(x, y, QrCodes.darkPixel(matrix, scale, x, y) ? 0 : 0xFFFFFF);
      }
    }
    try {
      return new com.google.zxing.qrcode.QRCodeReader()
          .decode(
              new com.google.zxing.BinaryBitmap(
                  new com.google.zxing.common.HybridBinarizer(
                      new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))),
              java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true))
          .getText();
    } catch (com.google.zxing.ReaderException e) {
      return "(not found)";
    }
  }

  @Test
  void aShortChecklistKeepsEverythingInItsQrText() {
    TakeAwaySheet sheet = sheet(new TakeAway.ServiceSheet("meldebescheinigung"), Language.GERMAN);
    String text = new TicketComposer(TEXTS.messages(Language.GERMAN)).qrText(sheet);

    for (TakeAwaySheet.Item item : sheet.items()) {
      assertThat(text).contains(item.text());
    }
    assertThat(text).contains(sheet.offices().getFirst().address());
  }

  @Test
  void speechSaysTheContentWithoutWebAddresses() {
    TakeAwaySheet sheet = sheet(new TakeAway.ServiceSheet("fahrzeug-zulassung"), Language.GERMAN);
    String said = new TicketComposer(TEXTS.messages(Language.GERMAN)).speech(sheet);

    assertThat(said).startsWith("Fahrzeug zulassen").contains("Das bringen Sie mit:");
    assertThat(said).doesNotContain("https://");
  }

  @Test
  void anUnknownServiceOrAnUnfinishedFlowGivesNoSheet() {
    Messages german = TEXTS.messages(Language.GERMAN);
    assertThat(TakeAwaySheet.of(new TakeAway.ServiceSheet("gibt-es-nicht"), CATALOG, german, NOW))
        .isEmpty();
    assertThat(
            TakeAwaySheet.of(
                new TakeAway.FlowChecklist("ausweis-verloren", FlowAnswers.none()),
                CATALOG,
                german,
                NOW))
        .isEmpty();
  }
}
