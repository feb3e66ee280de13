package de.buergerinfo.kiosk.screen.detail;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service detail screen's state, without JavaFX: texts, opening states, notices, actions. */
class ServiceDetailViewModelTest {

  private static final MessageCatalog TEXTS = MessageCatalog.load();
  private static final Catalog CATALOG = ViewModelFixture.DEMO_CONTENT.current().catalog();

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final ServiceDetailViewModel viewModel = new ServiceDetailViewModel(fixture.context);

  private static OfficeFacts office(String id, LocalDateTime now, Language language) {
    return OfficeFacts.of(CATALOG.office(id).orElseThrow(), CATALOG, now, TEXTS.messages(language));
  }

  private ServicePage shown() {
    return ((ServiceDetailViewModel.Shown) viewModel.load()).page();
  }

  @Test
  void showsTheServiceInTheSessionWithEverythingACitizenNeeds() {
    fixture.session.service().set(Optional.of("personalausweis"));

    ServicePage page = shown();

    assertThat(page.name().text()).isEqualTo("Personalausweis beantragen");
    assertThat(page.name().isFallback()).isFalse();
    assertThat(page.shortText()).isPresent();
    assertThat(page.fees().orElseThrow().text()).contains("46,00 Euro");
    assertThat(page.processingTime()).isPresent();
    assertThat(page.responsibility().orElseThrow().text()).contains("BürgerServiceCenter");
    assertThat(page.documents()).extracting(d -> d.text().text()).isNotEmpty();
    assertThat(page.offices())
        .extracting(OfficeFacts::id)
        .containsExactly("bsc-mitte", "bsc-nord", "bsc-stresemannstrasse", "bsc-hemelingen");
    assertThat(page.hasBookingOptions()).isTrue();
  }

  @Test
  void withoutAFlowEveryDocumentIsShownAndTheConditionalOnesAreMarked() {
    fixture.session.service().set(Optional.of("personalausweis-verlust"));

    var documents = shown().documents();

    var police =
        documents.stream()
            .filter(d -> d.text().text().startsWith("Bescheinigung der Polizei"))
            .findFirst()
            .orElseThrow();
    var photo =
        documents.stream()
            .filter(d -> d.text().text().contains("Passfoto"))
            .findFirst()
            .orElseThrow();
    assertThat(police.conditional()).isTrue();
    assertThat(photo.conditional()).isFalse();
    assertThat(photo.hint()).isPresent();
  }

  @Test
  void textMissingInTheReadersLanguageIsMarkedAsFallback() {
    fixture.session.language().set(Language.TURKISH);
    fixture.session.service().set(Optional.of("personalausweis-verlust"));

    ServicePage page = shown();

    // The name exists in Turkish; the long text only in German and English.
    assertThat(page.name().isFallback()).isFalse();
    assertThat(page.longText().orElseThrow().isFallback()).isTrue();
    assertThat(page.longText().orElseThrow().language()).isEqualTo(Language.ENGLISH);
  }

  @Test
  void anUnknownServiceIsACalmMissingStateNotACrash() {
    fixture.session.service().set(Optional.of("gibt-es-nicht"));
    assertThat(viewModel.load()).isInstanceOf(ServiceDetailViewModel.Missing.class);

    fixture.session.service().set(Optional.empty());
    assertThat(viewModel.load()).isInstanceOf(ServiceDetailViewModel.Missing.class);
  }

  @Test
  void whileTheTerminalStartsTheScreenSaysItIsLoading() {
    Terminal starting = new Terminal(fixture.terminal.clock());
    var context =
        new ScreenContext(fixture.profile, fixture.session, TEXTS, fixture.navigation, starting);
    fixture.session.service().set(Optional.of("personalausweis"));

    assertThat(new ServiceDetailViewModel(context).load())
        .isInstanceOf(ServiceDetailViewModel.Loading.class);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Tuesday morning, open
        "2026-12-01T10:30 | Jetzt geöffnet bis 14:00 Uhr | 08:00–14:00",
        // before opening
        "2026-12-01T07:00 | Jetzt geschlossen – öffnet heute um 08:00 Uhr | 08:00–14:00",
        // after closing: tomorrow
        "2026-12-01T14:00 | Jetzt geschlossen – öffnet morgen um 08:00 Uhr | 08:00–14:00",
        // Friday afternoon: Monday
        "2026-12-04T13:00 | Jetzt geschlossen – öffnet am Montag um 08:00 Uhr | 08:00–12:00",
        // Saturday: closed all day, no hours
        "2026-12-05T10:00 | Jetzt geschlossen – öffnet am Montag um 08:00 Uhr | ''",
        // Christmas Eve (a holiday in the demo data): opens after the holidays
        "2026-12-24T10:00 | Jetzt geschlossen – öffnet am Montag um 08:00 Uhr | ''",
        // 30 December: shorter hours that day (an exception with hours)
        "2026-12-30T11:00 | Jetzt geöffnet bis 12:00 Uhr | 08:00–12:00",
        // New Year's Eve: the next opening is after New Year and the weekend
        "2026-12-31T09:00 | Jetzt geschlossen – öffnet am Montag um 08:00 Uhr | ''",
      })
  void openingStateOfBurgerServiceCenterMitte(String at, String state, String today) {
    OfficeFacts mitte = office("bsc-mitte", LocalDateTime.parse(at), Language.GERMAN);

    assertThat(mitte.state()).isEqualTo(state);
    assertThat(DetailNodes.ranges(mitte.today())).isEqualTo(today);
    assertThat(mitte.open()).isEqualTo(state.startsWith("Jetzt geöffnet"));
  }

  @Test
  void onAHolidayTheReasonIsGiven() {
    OfficeFacts mitte =
        office("bsc-mitte", LocalDateTime.parse("2026-12-24T10:00"), Language.GERMAN);

    assertThat(mitte.today()).isEmpty();
    assertThat(mitte.closedTodayBecause().orElseThrow().text())
        .isEqualTo("Heiligabend und Weihnachtsfeiertage");
  }

  @Test
  void aNormalClosedDayHasNoReason() {
    OfficeFacts mitte =
        office("bsc-mitte", LocalDateTime.parse("2026-12-05T10:00"), Language.GERMAN);

    assertThat(mitte.closedTodayBecause()).isEmpty();
  }

  @Test
  void anOpeningMoreThanAWeekAwayIsGivenWithItsDate() {
    Messages german = TEXTS.messages(Language.GERMAN);
    LocalDateTime now = LocalDateTime.parse("2026-12-01T10:30");

    assertThat(
            OpeningTexts.state(
                new OpeningState.Closed(Optional.of(LocalDateTime.parse("2026-12-14T08:00"))),
                now,
                german))
        .isEqualTo("Jetzt geschlossen – öffnet am 14. Dezember 2026 um 08:00 Uhr");
    assertThat(OpeningTexts.state(new OpeningState.Closed(Optional.empty()), now, german))
        .isEqualTo("Geschlossen – in den nächsten zwei Wochen keine Öffnungszeiten");
  }

  @Test
  void otherLanguagesGetTheirOwnSentenceWithLatinDigits() {
    LocalDateTime friday = LocalDateTime.parse("2026-12-04T13:00");

    assertThat(office("bsc-mitte", friday, Language.ENGLISH).state())
        .isEqualTo("Closed now – opens on Monday at 08:00");
    assertThat(office("bsc-mitte", friday, Language.ARABIC).state())
        .isEqualTo("مغلق الآن – يفتح يوم الاثنين الساعة 08:00");
    assertThat(office("bsc-mitte", friday, Language.RUSSIAN).state())
        .isEqualTo("Сейчас закрыто – откроется: понедельник, 08:00");
  }

  @Test
  void aClosureInForceIsShownWithTheOfficeItConcernsOnly() {
    LocalDateTime tuesday = ViewModelFixture.TUESDAY_MORNING;

    OfficeFacts nord = office("bsc-nord", tuesday, Language.GERMAN);
    OfficeFacts mitte = office("bsc-mitte", tuesday, Language.GERMAN);

    assertThat(nord.notices()).hasSize(1);
    assertThat(nord.notices().getFirst().isClosure()).isTrue();
    assertThat(nord.notices().getFirst().title().text())
        .isEqualTo("BürgerServiceCenter Nord am 9. Dezember geschlossen");
    assertThat(mitte.notices()).isEmpty();
  }

  @Test
  void anAnnouncementForAllOfficesReachesEveryOfficeWhileItIsInForce() {
    assertThat(
            office("bsc-mitte", LocalDateTime.parse("2026-12-15T09:00"), Language.GERMAN).notices())
        .extracting(n -> n.title().text())
        .containsExactly("Öffnungszeiten an Weihnachten und Neujahr");
    assertThat(
            office("bsc-nord", LocalDateTime.parse("2026-12-10T09:00"), Language.GERMAN).notices())
        .as("the staff-meeting closure is over after 9 December")
        .isEmpty();
  }

  @Test
  void theVehicleRegistrationShowsItsSystemSwitchAndItsOnlineService() {
    fixture.session.service().set(Optional.of("fahrzeug-zulassung"));

    ServicePage page = shown();

    assertThat(page.offices().getFirst().notices())
        .extracting(n -> n.title().text())
        .containsExactly("Kfz-Zulassungsstelle vom 7. bis 9. Dezember eingeschränkt");
    assertThat(page.onlineService().map(ServiceDetailViewModel::host))
        .contains("www.service.bremen.de");
    assertThat(page.forms()).hasSize(1);
  }

  @Test
  void takeAwaySetsTheServiceSheetAndOpensTheTakeAwayScreen() {
    fixture.session.service().set(Optional.of("personalausweis"));

    viewModel.takeAway();

    assertThat(fixture.session.takeAway().get())
        .contains(new TakeAway.ServiceSheet("personalausweis"));
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.TAKE_AWAY);
  }

  @Test
  void bookBackAndHomeGoWhereTheySay() {
    viewModel.book();
    viewModel.back();
    viewModel.home();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.BOOKING, ScreenId.HOME);
    assertThat(fixture.navigation.backs()).isEqualTo(1);
  }

  @Test
  void bookingListsEachOfficeWithItsWebPageAndPhone() {
    fixture.session.service().set(Optional.of("personalausweis"));

    var options = new BookingViewModel(fixture.context).load().orElseThrow();

    assertThat(options.service().text()).isEqualTo("Personalausweis beantragen");
    assertThat(options.offices()).hasSize(4);
    assertThat(options.offices().getFirst().web().orElseThrow().toString())
        .isEqualTo("https://www.buergerservice.bremen.de");
    assertThat(options.offices().getFirst().phone()).contains("0421 361-0");
  }

  @Test
  void bookingWithoutAKnownServiceIsEmpty() {
    fixture.session.service().set(Optional.of("gibt-es-nicht"));

    assertThat(new BookingViewModel(fixture.context).load()).isEmpty();
  }
}
