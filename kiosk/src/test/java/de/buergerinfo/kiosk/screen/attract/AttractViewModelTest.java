package de.buergerinfo.kiosk.screen.attract;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.gpio.NoGpio;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;

class AttractViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final AttractViewModel viewModel = new AttractViewModel(fixture.context);

  @Test
  void welcomeCyclesThroughEveryLanguageAndStartsOver() {
    viewModel.reset();
    List<Language> seen = new ArrayList<>();
    for (int i = 0; i < Language.values().length + 1; i++) {
      seen.add(viewModel.shownLanguage().get());
      viewModel.showNextLanguage();
    }

    assertThat(seen.subList(0, Language.values().length)).containsExactly(Language.values());
    assertThat(seen.getLast()).isEqualTo(Language.GERMAN);
  }

  @Test
  void shownMessagesFollowTheShownLanguage() {
    viewModel.showNextLanguage();
    viewModel.showNextLanguage();

    assertThat(viewModel.shownMessages().language()).isEqualTo(Language.ENGLISH);
    assertThat(viewModel.shownMessages().text("attract.welcome")).isEqualTo("Welcome");
  }

  @Test
  void startBeginsASessionAndAsksForTheLanguage() {
    viewModel.start();

    assertThat(fixture.session.active().get()).isTrue();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
  }

  @Test
  void startSpokenBeginsAVisitThatReadsItselfAloud() {
    viewModel.startSpoken();

    assertThat(fixture.session.active().get()).isTrue();
    assertThat(fixture.session.speech().get()).isTrue();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
  }

  @Test
  void showsTheHeadlinesOfTheNoticesInForceClosuresFirstInTheShownLanguage() {
    // Tuesday 1 December 2026: the Nord closure, the vehicle office and the migration office.
    List<AttractViewModel.AnnouncementLine> german = viewModel.announcements();

    assertThat(german)
        .extracting(AttractViewModel.AnnouncementLine::title)
        .containsExactly(
            "BürgerServiceCenter Nord am 9. Dezember geschlossen",
            "Kfz-Zulassungsstelle vom 7. bis 9. Dezember eingeschränkt",
            "Migrationsamt – Termine nur online");
    assertThat(german).allMatch(line -> line.fallbackNote().isEmpty());

    viewModel.showNextLanguage();
    viewModel.showNextLanguage();
    assertThat(viewModel.announcements().getFirst().title())
        .isEqualTo("Citizens' Service Centre North closed on 9 December");
    assertThat(viewModel.announcements())
        .hasSizeLessThanOrEqualTo(AttractViewModel.MAX_ANNOUNCEMENTS);
  }

  @Test
  void noNoticesWhileTheContentIsStillLoading() {
    var loading = new de.buergerinfo.kiosk.terminal.Terminal(fixture.terminal.clock());
    var context =
        new de.buergerinfo.kiosk.ui.ScreenContext(
            fixture.profile,
            fixture.session,
            fixture.context.catalog(),
            fixture.navigation,
            loading);

    assertThat(new AttractViewModel(context).announcements()).isEmpty();
  }

  @Test
  void aTerminalWithoutAPresenceSensorIgnoresPresenceEvents() {
    Terminal noSensor =
        ViewModelFixture.demoTerminal(new NoGpio(DeviceHealth.ok("no GPIO on this terminal")));
    ScreenContext context =
        new ScreenContext(
            fixture.profile, fixture.session, MessageCatalog.load(), fixture.navigation, noSensor);
    Subscription arrivals = new AttractViewModel(context).startOnArrival(Runnable::run);

    // Whatever sent it (a miswired device setup), it must not start visits by itself.
    noSensor.events().accept(new DeviceEvent.PresenceChanged(Instant.EPOCH, true));

    assertThat(fixture.session.active().get()).isFalse();
    assertThat(fixture.navigation.shown()).isEmpty();
    arrivals.unsubscribe();
  }

  @Test
  void someoneArrivingStartsAVisitAsATouchDoes() {
    Subscription arrivals = viewModel.startOnArrival(Runnable::run);

    fixture.gpio.simulatePresence(true);

    assertThat(fixture.session.active().get()).isTrue();
    assertThat(fixture.session.speech().get()).as("not a spoken visit").isFalse();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
    arrivals.unsubscribe();
  }

  @Test
  void presenceDuringARunningVisitChangesNothing() {
    Subscription arrivals = viewModel.startOnArrival(Runnable::run);
    viewModel.start(); // a touch

    fixture.gpio.simulatePresence(true);
    fixture.gpio.simulatePresence(false);
    fixture.gpio.simulatePresence(true);

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
    assertThat(fixture.session.active().get()).isTrue();
    arrivals.unsubscribe();
  }

  @Test
  void leavingStartsNothing() {
    Subscription arrivals = viewModel.startOnArrival(Runnable::run);
    fixture.gpio.simulatePresence(true);
    fixture.session.end(de.buergerinfo.kiosk.session.SessionEndReason.PRESENCE_LOST);
    fixture.navigation.shown().clear();

    fixture.gpio.simulatePresence(false);

    assertThat(fixture.navigation.shown()).isEmpty();
    assertThat(fixture.session.active().get()).isFalse();
    arrivals.unsubscribe();
  }

  @Test
  void afterTheScreenHasGoneNoArrivalStartsAVisit() {
    List<Runnable> handedOver = new ArrayList<>();
    Subscription arrivals = viewModel.startOnArrival(handedOver::add);
    int listeners = fixture.terminal.events().listenerCount();

    // An arrival handed to the UI thread just before the screen went, and one after.
    fixture.gpio.simulatePresence(true);
    arrivals.unsubscribe();
    fixture.gpio.simulatePresence(false);
    fixture.gpio.simulatePresence(true);
    handedOver.forEach(Runnable::run);

    assertThat(fixture.terminal.events().listenerCount()).isEqualTo(listeners - 1);
    assertThat(fixture.session.active().get()).isFalse();
    assertThat(fixture.navigation.shown()).isEmpty();
  }
}
