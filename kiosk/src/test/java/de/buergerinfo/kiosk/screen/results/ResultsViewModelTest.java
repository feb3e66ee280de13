package de.buergerinfo.kiosk.screen.results;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.RecordingNavigation;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Found;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Loading;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.NoQuery;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.NothingFound;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Scanned;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

  /** Runs queued tasks only when the test says so, in the order the test chooses. */
  private static final class Queue implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }

    void runLast() {
      tasks.pollLast().run();
    }

    void runFirst() {
      tasks.poll().run();
    }

    int size() {
      return tasks.size();
    }
  }

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final Queue searches = new Queue();
  private final Queue fxThread = new Queue();
  private final ResultsViewModel viewModel =
      new ResultsViewModel(fixture.context, searches, fxThread);

  private void type(String text) {
    fixture.session.searchText().set(text);
  }

  private void finishSearches() {
    searches.runAll();
    fxThread.runAll();
  }

  private static List<String> ids(List<Service> services) {
    return services.stream().map(Service::id).toList();
  }

  @Test
  void emptyQueryShowsWhatToTypeAndSearchesNothing() {
    viewModel.start();

    assertThat(viewModel.state().get()).isInstanceOf(NoQuery.class);
    assertThat(searches.size()).isZero();
  }

  @Test
  void typingSearchesOffTheFxThreadAndShowsTheServicesFound() {
    viewModel.start();
    type("Personalausweis");

    assertThat(viewModel.state().get())
        .as("nothing is searched on the calling thread")
        .isInstanceOf(NoQuery.class);
    finishSearches();

    Found found = (Found) viewModel.state().get();
    assertThat(found.query()).isEqualTo("Personalausweis");
    assertThat(ids(found.services())).startsWith("personalausweis");
    assertThat(found.services()).hasSizeLessThanOrEqualTo(ResultsViewModel.MAX_RESULTS);
  }

  @Test
  void eachKeystrokeSearchesAndOnlyTheNewestQueryIsWorkedOn() {
    viewModel.start();
    for (String typed :
        List.of("W", "Wo", "Woh", "Wohn", "Wohng", "Wohnge", "Wohngel", "Wohngeld")) {
      type(typed);
    }
    assertThat(searches.size()).as("one search per keystroke").isEqualTo(8);

    searches.runAll();

    assertThat(fxThread.size()).as("older queries are skipped before the work").isEqualTo(1);
    fxThread.runAll();
    assertThat(ids(((Found) viewModel.state().get()).services())).startsWith("wohngeld");
  }

  @Test
  void aStaleResultNeverOverwritesANewerOne() {
    viewModel.start();
    type("Personalausweis");
    // The first search has begun (it is past its "still newest?" check) when the citizen types on.
    searches.runFirst();
    type("Wohngeld");
    searches.runAll();

    // The newer result arrives first, then the old one late.
    fxThread.runLast();
    assertThat(ids(((Found) viewModel.state().get()).services())).startsWith("wohngeld");
    fxThread.runAll();

    assertThat(ids(((Found) viewModel.state().get()).services())).startsWith("wohngeld");
  }

  @Test
  void clearingTheFieldDropsASearchStillRunning() {
    viewModel.start();
    type("Personalausweis");
    searches.runAll();
    type("");
    fxThread.runAll();

    assertThat(viewModel.state().get()).isInstanceOf(NoQuery.class);
  }

  @Test
  void aMisspeltWordFindsNothingButOffersTheCorrectedWordAndLifeSituations() {
    viewModel.start();
    type("Fahzeuk");
    finishSearches();

    NothingFound nothing = (NothingFound) viewModel.state().get();
    assertThat(nothing.corrections()).containsExactly("Fahrzeug");
    assertThat(nothing.situations()).extracting(s -> s.id()).contains("fahrzeug");

    viewModel.useCorrection("Fahrzeug");
    finishSearches();
    assertThat(fixture.session.searchText().get()).isEqualTo("Fahrzeug");
    assertThat(viewModel.state().get()).isInstanceOf(Found.class);
  }

  @Test
  void searchesInTheCitizensLanguage() {
    fixture.session.language().set(Language.RUSSIAN);
    viewModel.start();
    type("паспорт");
    finishSearches();

    assertThat(ids(((Found) viewModel.state().get()).services())).contains("reisepass");
  }

  @Test
  void whileTheTerminalIsStartingItSaysSoAndSearchesOnceTheCatalogueIsThere() {
    Terminal starting = new Terminal(Clock.systemUTC());
    ScreenContext context =
        new ScreenContext(
            fixture.profile,
            new KioskSession(Language.GERMAN, starting.clock()),
            MessageCatalog.load(),
            new RecordingNavigation(),
            starting);
    ResultsViewModel loading = new ResultsViewModel(context, searches, fxThread);
    loading.start();
    context.session().searchText().set("Personalausweis");

    assertThat(loading.state().get()).isInstanceOf(Loading.class);
    loading.retryIfLoading();
    assertThat(loading.state().get()).isInstanceOf(Loading.class);
    assertThat(searches.size()).isZero();

    starting.connect(
        ViewModelFixture.DEMO_CONTENT,
        fixture.terminal.printer(),
        new SimulatedGpio(e -> {}),
        new de.buergerinfo.kiosk.devices.DeviceEvents());
    loading.retryIfLoading();
    finishSearches();
    assertThat(loading.state().get()).isInstanceOf(Found.class);
  }

  @Test
  void stoppingForgetsTheResultsAndDropsSearchesInFlight() {
    var subscription = viewModel.start();
    type("Personalausweis");
    searches.runAll();

    subscription.unsubscribe();
    fxThread.runAll();
    type("Wohngeld");

    assertThat(viewModel.state().get()).isInstanceOf(NoQuery.class);
    assertThat(searches.size()).as("no longer follows the field").isZero();
  }

  @Test
  void choosingAResultOpensItsDetails() {
    viewModel.start();
    type("Personalausweis");
    finishSearches();
    Service first = ((Found) viewModel.state().get()).services().getFirst();

    viewModel.open(first);

    assertThat(fixture.session.service().get()).contains("personalausweis");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void lifeSituationsLibrarianAndNavigation() {
    viewModel.openLifeSituation(
        fixture.terminal.content().orElseThrow().catalog().lifeSituation("umzug").orElseThrow());
    viewModel.allLifeSituations();
    viewModel.askLibrarian();
    viewModel.home();
    viewModel.back();

    assertThat(fixture.session.lifeSituation().get()).contains("umzug");
    assertThat(fixture.navigation.shown())
        .containsExactly(
            ScreenId.LIFE_SITUATION, ScreenId.LIFE_SITUATIONS, ScreenId.HELP, ScreenId.HOME);
    assertThat(fixture.navigation.backs()).isEqualTo(1);
  }

  @Test
  void finishForgetsWhatWasTyped() {
    fixture.session.begin();
    viewModel.start();
    type("Personalausweis");

    viewModel.finish();

    assertThat(fixture.session.searchText().get()).isEmpty();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.ATTRACT);
  }

  // Scanning on the results screen (issue 6, part 7)

  @Test
  void aScannedServiceCodeOpensTheService() {
    viewModel.start();
    viewModel.scans().scanned("99008001012000");

    assertThat(fixture.session.service().get()).contains("personalausweis");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void aCodeOfSeveralServicesListsThemHereAndTypingReplacesThem() {
    viewModel.start();
    type("Wohngeld");
    // The online service shared by registering and deregistering a vehicle.
    viewModel.scans().scanned("https://www.service.bremen.de/dienstleistungen/i-kfz");

    Scanned scanned = (Scanned) viewModel.state().get();
    assertThat(ids(scanned.services())).containsExactly("fahrzeug-abmeldung", "fahrzeug-zulassung");
    assertThat(fixture.session.searchText().get()).isEmpty();
    assertThat(fixture.navigation.shown()).isEmpty();

    type("P");
    assertThat(fixture.session.scannedServices().get()).isEmpty();
  }

  @Test
  void anyOtherCodeGetsTheNoticeAndOpensNothing() {
    viewModel.start();
    viewModel.scans().scanned("https://example.org/gewinnspiel");

    assertThat(viewModel.scans().notice().get()).isEqualTo(CodeScans.Notice.NOT_FOR_THIS_TERMINAL);
    assertThat(fixture.navigation.shown()).isEmpty();
    assertThat(fixture.session.service().get()).isEmpty();

    viewModel.scans().dismiss();
    assertThat(viewModel.scans().notice().get()).isEqualTo(CodeScans.Notice.NONE);
  }

  @Test
  void scannedServicesAreForgottenWhenTheSessionEnds() {
    fixture.session.begin();
    fixture.session.scannedServices().set(List.of("geburtsurkunde", "sterbeurkunde"));

    fixture.session.end(SessionEndReason.IDLE);

    assertThat(fixture.session.scannedServices().get()).isEmpty();
    assertThat(fixture.session.service().get()).isEqualTo(Optional.empty());
  }
}
