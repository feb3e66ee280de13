package de.buergerinfo.kiosk.screen.home;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.RecordingNavigation;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.results.CodeScans;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final HomeViewModel viewModel = new HomeViewModel(fixture.context);

  @Test
  void searchingCarriesWhatWasTypedToTheResultsScreen() {
    viewModel.search("P");

    assertThat(fixture.session.searchText().get()).isEqualTo("P");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.RESULTS);
  }

  @Test
  void offersAHandfulOfLifeSituationsTheCommonestFirst() {
    List<LifeSituation> situations = viewModel.situations();

    assertThat(situations).hasSize(HomeViewModel.SITUATIONS_SHOWN);
    assertThat(situations)
        .extracting(LifeSituation::id)
        .containsExactlyElementsOf(HomeViewModel.FAVOURITE_SITUATIONS);
  }

  @Test
  void choosingALifeSituationShowsIt() {
    viewModel.openLifeSituation(viewModel.situations().getFirst());
    viewModel.allLifeSituations();

    assertThat(fixture.session.lifeSituation().get()).contains("umzug");
    assertThat(fixture.navigation.shown())
        .containsExactly(ScreenId.LIFE_SITUATION, ScreenId.LIFE_SITUATIONS);
  }

  @Test
  void everyGuidedFlowIsOfferedAndStartsAtItsFirstQuestion() {
    List<GuidedFlow> flows = viewModel.flows();
    assertThat(flows).hasSize(fixture.terminal.content().orElseThrow().catalog().flows().size());

    viewModel.startFlow(flows.get(1));

    assertThat(fixture.session.flow().get()).contains(FlowProgress.start(flows.get(1).id()));
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.FLOW_QUESTION);
  }

  @Test
  void whileTheTerminalIsStartingThereAreNoTilesAndNoFailure() {
    Terminal starting = new Terminal(Clock.systemUTC());
    HomeViewModel early =
        new HomeViewModel(
            new ScreenContext(
                fixture.profile,
                new KioskSession(Language.GERMAN, starting.clock()),
                MessageCatalog.load(),
                new RecordingNavigation(),
                starting));

    assertThat(early.situations()).isEmpty();
    assertThat(early.flows()).isEmpty();
    early.scans().scanned("99008001012000");
    assertThat(early.scans().notice().get()).isEqualTo(CodeScans.Notice.STILL_LOADING);
  }

  @Test
  void settingsBelongToTheSession() {
    viewModel.largeText().set(true);
    viewModel.highContrast().set(true);
    viewModel.speech().set(true);

    assertThat(fixture.session.largeText().get()).isTrue();
    assertThat(fixture.session.highContrast().get()).isTrue();
    assertThat(fixture.session.speech().get()).isTrue();
  }

  @Test
  void librarianAndLanguageButtons() {
    viewModel.askLibrarian();
    viewModel.chooseLanguage();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HELP, ScreenId.LANGUAGE_CHOICE);
  }

  @Test
  void finishForgetsTheSearchAndReturnsToTheAttractScreen() {
    fixture.session.begin();
    viewModel.searchText().set("Personalausweis verloren");

    viewModel.finish();

    assertThat(viewModel.searchText().get()).isEmpty();
    assertThat(fixture.session.active().get()).isFalse();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.GOODBYE);
  }

  // Scanning on the home screen (issue 6, part 7)

  @Test
  void aServiceCodeOpensTheService() {
    viewModel.scans().scanned("leika:99085001012000");

    assertThat(fixture.session.service().get()).contains("reisepass");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void aCodeOfSeveralServicesShowsThemOnTheResultsScreen() {
    viewModel.scans().scanned("https://www.service.bremen.de/dienstleistungen/i-kfz");

    assertThat(fixture.session.scannedServices().get())
        .containsExactly("fahrzeug-abmeldung", "fahrzeug-zulassung");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.RESULTS);
  }

  @Test
  void anyOtherCodeIsNotForThisTerminalAndNeverOpened() {
    for (String code :
        List.of(
            "https://example.org/gewinnspiel",
            "https://www.service.bremen.de",
            "javascript:alert(1)",
            "WIFI:S:Bibliothek;T:WPA;P:geheim;;",
            "")) {
      viewModel.scans().scanned(code);

      assertThat(viewModel.scans().notice().get())
          .as(code)
          .isEqualTo(CodeScans.Notice.NOT_FOR_THIS_TERMINAL);
    }
    assertThat(fixture.navigation.shown()).isEmpty();
  }
}
