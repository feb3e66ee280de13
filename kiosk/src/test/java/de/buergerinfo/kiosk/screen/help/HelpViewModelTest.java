package de.buergerinfo.kiosk.screen.help;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.gpio.LightPattern;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HelpViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final HelpRequests requests =
      new HelpRequests(fixture.terminal, fixture.profile.terminalId());
  private final HelpViewModel viewModel = new HelpViewModel(fixture.context, requests);

  @Test
  void showingTheScreenCallsALibrarianOnceAndRecordsItWithoutPersonalData() {
    fixture.session.begin();

    viewModel.shown();
    viewModel.shown();

    assertThat(fixture.gpio.light()).isEqualTo(LightPattern.ATTENTION);
    assertThat(viewModel.requested().get()).isTrue();
    assertThat(requests.recorded()).hasSize(1);
    HelpRequests.HelpRequest request = requests.recorded().getFirst();
    assertThat(request.terminalId()).isEqualTo(fixture.profile.terminalId());
    assertThat(request.at()).isEqualTo(fixture.terminal.clock().instant());
    assertThat(request.cancelledAt()).isEmpty();
    assertThat(HelpRequests.HelpRequest.class.getRecordComponents())
        .as("time and terminal, nothing about the person")
        .hasSize(3);
  }

  @Test
  void cancellingTurnsTheLightOffAndAskingAgainOn() {
    viewModel.shown();

    viewModel.cancel();

    assertThat(fixture.gpio.light()).isEqualTo(LightPattern.OFF);
    assertThat(viewModel.requested().get()).isFalse();
    assertThat(requests.recorded().getFirst().cancelledAt()).isPresent();

    viewModel.askAgain();

    assertThat(fixture.gpio.light()).isEqualTo(LightPattern.ATTENTION);
    assertThat(requests.recorded()).hasSize(2);
  }

  @Test
  void theLightGoesOffWhenTheVisitEnds() {
    var installed =
        HelpButton.install(
            fixture.context,
            new javafx.beans.property.SimpleObjectProperty<>(ScreenId.HELP),
            requests,
            () -> {});
    fixture.session.begin();
    viewModel.shown();

    fixture.session.end(SessionEndReason.IDLE);

    assertThat(fixture.gpio.light()).isEqualTo(LightPattern.OFF);
    assertThat(requests.isOpen()).isFalse();
    assertThat(requests.recorded()).as("the record stays for the fleet").hasSize(1);
    installed.unsubscribe();
    assertThat(fixture.terminal.events().listenerCount()).isZero();
  }

  @Test
  void homeAndBackLeaveTheCallOpen() {
    viewModel.shown();

    viewModel.back();
    viewModel.home();

    assertThat(fixture.navigation.backs()).isEqualTo(1);
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME);
    assertThat(fixture.gpio.light()).isEqualTo(LightPattern.ATTENTION);
  }

  @Test
  void theHelpButtonOpensHelpDuringAVisitAndStartsASpokenVisitOnTheAttractScreen() {
    AtomicInteger spokenStarts = new AtomicInteger();
    fixture.session.begin();

    HelpButton.pressed(fixture.context, ScreenId.SERVICE_DETAIL, spokenStarts::incrementAndGet);
    HelpButton.pressed(fixture.context, ScreenId.GOODBYE, spokenStarts::incrementAndGet);
    HelpButton.pressed(fixture.context, ScreenId.ATTRACT, spokenStarts::incrementAndGet);

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HELP);
    assertThat(spokenStarts).hasValue(1);
  }

  @Test
  void recordsAreBounded() {
    for (int i = 0; i < HelpRequests.KEPT + 20; i++) {
      requests.ask();
      requests.cancel();
    }

    assertThat(requests.recorded()).hasSize(HelpRequests.KEPT);
  }
}
