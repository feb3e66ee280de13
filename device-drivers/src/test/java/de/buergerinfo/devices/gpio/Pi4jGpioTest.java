package de.buergerinfo.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Pi4J driver on Pi4J's mock plugin, with time moved by hand: every debounce and blink is
 * checked at the exact millisecond, without sleeping.
 */
class Pi4jGpioTest {

  /** The help button here is wired to 3.3 V with a pull-down: the mock's resting LOW is idle. */
  private static final String ADDRESS = "gpio:pi4j?presence=17&light=27&help=22&help-active=high";

  private final ManualScheduler time = new ManualScheduler();
  private final Instant start = time.now();
  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  private Context context = MockPins.context();
  private Pi4jGpio gpio;

  @AfterEach
  void close() {
    if (gpio != null) {
      gpio.close();
    }
    context.shutdown();
  }

  private Pi4jGpio open(String address) {
    gpio =
        new Pi4jGpio(
            context,
            GpioPins.parse(DeviceAddress.parse(DeviceKind.GPIO, address)),
            events::add,
            time);
    return gpio;
  }

  private MockDigitalInput input(String id) {
    return context.io(id, MockDigitalInput.class);
  }

  private void set(String id, DigitalState state) {
    input(id).mockState(state);
  }

  private void after(long millis) {
    time.advance(Duration.ofMillis(millis));
  }

  private <T extends DeviceEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private long millisSinceStart(Instant at) {
    return Duration.between(start, at).toMillis();
  }

  // --- health ---

  @Test
  void startsReadyAndNamesEveryConfiguredPin() {
    open(ADDRESS);

    DeviceHealth ready =
        DeviceHealth.ok(
            "GPIO ready (presence sensor on GPIO 17, status light on GPIO 27, help button on GPIO"
                + " 22)");
    assertThat(gpio.health()).isEqualTo(ready);
    assertThat(events)
        .containsExactly(new DeviceEvent.HealthChanged(DeviceKind.GPIO, start, ready));
    assertThat(gpio.someonePresent()).isFalse();
    assertThat(input(Pi4jGpio.PRESENCE_ID).pull()).isEqualTo(PullResistance.PULL_DOWN);
    assertThat(input(Pi4jGpio.HELP_ID).pull()).isEqualTo(PullResistance.PULL_DOWN);
  }

  @Test
  void onlyTheConfiguredPinsAreOpened() {
    open("gpio:pi4j?light=27");

    assertThat(gpio.health()).isEqualTo(DeviceHealth.ok("GPIO ready (status light on GPIO 27)"));
    assertThat(context.hasIO(Pi4jGpio.LIGHT_ID)).isTrue();
    assertThat(context.hasIO(Pi4jGpio.PRESENCE_ID)).isFalse();
    assertThat(context.hasIO(Pi4jGpio.HELP_ID)).isFalse();
    assertThat(gpio.someonePresent()).isFalse();
  }

  @Test
  void aPinInUseIsAnErrorButTheOtherPinsStillWork() {
    // Something else already holds GPIO 17 in this Pi4J context.
    context.create(DigitalInput.newConfigBuilder(context).id("other").address(17).build());

    open(ADDRESS);
    gpio.showLight(LightPattern.OK);
    set(Pi4jGpio.HELP_ID, DigitalState.HIGH);
    after(50);

    assertThat(gpio.health())
        .isEqualTo(
            new DeviceHealth(
                DeviceHealth.State.ERROR,
                "GPIO 17 (presence sensor) cannot be opened; is another program using it?"));
    assertThat(light().state()).isEqualTo(DigitalState.HIGH);
    assertThat(events(DeviceEvent.HelpPressed.class)).hasSize(1);
    assertThat(gpio.someonePresent()).isFalse();
  }

  // --- presence ---

  @Test
  void someoneArrivingIsReportedOnceTheSensorHoldsForTheSettleTime() {
    open(ADDRESS);

    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(99);
    assertThat(events(DeviceEvent.PresenceChanged.class)).isEmpty();
    assertThat(gpio.someonePresent()).isFalse();
    after(1);

    assertThat(events(DeviceEvent.PresenceChanged.class))
        .containsExactly(new DeviceEvent.PresenceChanged(start.plusMillis(100), true));
    assertThat(gpio.someonePresent()).isTrue();
  }

  @Test
  void aSpikeShorterThanTheSettleTimeIsNobody() {
    open(ADDRESS);

    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(30);
    set(Pi4jGpio.PRESENCE_ID, DigitalState.LOW);
    after(60_000);

    assertThat(events(DeviceEvent.PresenceChanged.class)).isEmpty();
    assertThat(gpio.someonePresent()).isFalse();
  }

  @Test
  void aFlickeringSensorKeepsThePersonPresentUntilItStaysQuietForTheHold() {
    open(ADDRESS);
    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(100);

    // A PIR sensor drops out while the person stands still reading the screen.
    for (int i = 0; i < 20; i++) {
      set(Pi4jGpio.PRESENCE_ID, DigitalState.LOW);
      after(i * 1_000L);
      set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
      after(500);
    }
    assertThat(events(DeviceEvent.PresenceChanged.class)).hasSize(1);
    assertThat(gpio.someonePresent()).isTrue();

    set(Pi4jGpio.PRESENCE_ID, DigitalState.LOW);
    Instant left = time.now();
    after(29_999);
    assertThat(gpio.someonePresent()).isTrue();
    after(1);

    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events(DeviceEvent.PresenceChanged.class))
        .extracting(DeviceEvent.PresenceChanged::present)
        .containsExactly(true, false);
    assertThat(events(DeviceEvent.PresenceChanged.class).getLast().at())
        .isEqualTo(left.plus(GpioPins.DEFAULT_PRESENCE_HOLD));
  }

  @Test
  void theHoldIsConfigurable() {
    open("gpio:pi4j?presence=17&presence-hold=5");
    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(100);
    set(Pi4jGpio.PRESENCE_ID, DigitalState.LOW);
    after(4_999);
    assertThat(gpio.someonePresent()).isTrue();
    after(1);

    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events(DeviceEvent.PresenceChanged.class))
        .extracting(e -> millisSinceStart(e.at()))
        .containsExactly(100L, 5_100L);
  }

  @Test
  void aHoldOfZeroReportsLeavingAtOnce() {
    open("gpio:pi4j?presence=17&presence-hold=0");
    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(100);
    set(Pi4jGpio.PRESENCE_ID, DigitalState.LOW);

    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events(DeviceEvent.PresenceChanged.class))
        .extracting(DeviceEvent.PresenceChanged::present)
        .containsExactly(true, false);
  }

  @Test
  void anActiveLowSensorThatReadsLowAtStartReportsSomeoneAlreadyThere() {
    // The mock pin rests LOW: for an active-low sensor that is someone standing there at start.
    open("gpio:pi4j?presence=17&presence-active=low&presence-hold=10");
    assertThat(input(Pi4jGpio.PRESENCE_ID).pull()).isEqualTo(PullResistance.PULL_UP);
    after(100);
    assertThat(gpio.someonePresent()).isTrue();

    set(Pi4jGpio.PRESENCE_ID, DigitalState.HIGH);
    after(10_000);

    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events(DeviceEvent.PresenceChanged.class))
        .extracting(e -> millisSinceStart(e.at()), DeviceEvent.PresenceChanged::present)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(100L, true),
            org.assertj.core.groups.Tuple.tuple(10_100L, false));
  }

  // --- help button ---

  @Test
  void aBouncingPressIsOneHelpPressedAndTheButtonRearmsAfterRelease() {
    open(ADDRESS);

    bounce(DigitalState.HIGH);
    after(49);
    assertThat(events(DeviceEvent.HelpPressed.class)).isEmpty();
    after(1);
    assertThat(events(DeviceEvent.HelpPressed.class)).hasSize(1);

    bounce(DigitalState.LOW);
    after(1_000);
    assertThat(events(DeviceEvent.HelpPressed.class)).hasSize(1);

    bounce(DigitalState.HIGH);
    after(50);
    assertThat(events(DeviceEvent.HelpPressed.class)).hasSize(2);
  }

  /** Contacts chatter for a few milliseconds before they rest at {@code end}. */
  private void bounce(DigitalState end) {
    DigitalState other = end == DigitalState.HIGH ? DigitalState.LOW : DigitalState.HIGH;
    for (int i = 0; i < 4; i++) {
      set(Pi4jGpio.HELP_ID, end);
      after(1);
      set(Pi4jGpio.HELP_ID, other);
      after(2);
    }
    set(Pi4jGpio.HELP_ID, end);
  }

  @Test
  void aHeldButtonIsOnePress() {
    open(ADDRESS);

    bounce(DigitalState.HIGH);
    after(10 * 60_000);

    assertThat(events(DeviceEvent.HelpPressed.class))
        .extracting(e -> millisSinceStart(e.at()))
        .containsExactly(12L + 50L); // the chatter ends 12 ms in; then 50 ms stable
  }

  @Test
  void everyRealPressCountsAndATwitchShorterThanTheDebounceDoesNot() {
    open(ADDRESS);

    for (int i = 0; i < 3; i++) {
      set(Pi4jGpio.HELP_ID, DigitalState.HIGH);
      after(150);
      set(Pi4jGpio.HELP_ID, DigitalState.LOW);
      after(150);
    }
    set(Pi4jGpio.HELP_ID, DigitalState.HIGH);
    after(20);
    set(Pi4jGpio.HELP_ID, DigitalState.LOW);
    after(1_000);

    assertThat(events(DeviceEvent.HelpPressed.class))
        .extracting(e -> millisSinceStart(e.at()))
        .containsExactly(50L, 350L, 650L);
  }

  @Test
  void anActiveLowButtonReadingPressedAtStartWarnsAndCallsNobodyUntilPressedAgain() {
    // Default help-active=low; the mock pin rests LOW, so the button reads pressed at start.
    open("gpio:pi4j?help=22");

    assertThat(input(Pi4jGpio.HELP_ID).pull()).isEqualTo(PullResistance.PULL_UP);
    assertThat(gpio.health().state()).isEqualTo(DeviceHealth.State.WARNING);
    assertThat(gpio.health().reason())
        .isEqualTo(
            "help button on GPIO 22 reads pressed since the start; check its wiring or"
                + " help-active");
    after(60_000);
    assertThat(events(DeviceEvent.HelpPressed.class)).isEmpty();

    set(Pi4jGpio.HELP_ID, DigitalState.HIGH); // released
    after(50);
    assertThat(gpio.health()).isEqualTo(DeviceHealth.ok("GPIO ready (help button on GPIO 22)"));
    set(Pi4jGpio.HELP_ID, DigitalState.LOW); // pressed
    after(50);

    assertThat(events(DeviceEvent.HelpPressed.class)).hasSize(1);
    assertThat(events(DeviceEvent.HealthChanged.class))
        .extracting(e -> e.health().state())
        .containsExactly(DeviceHealth.State.WARNING, DeviceHealth.State.OK);
  }

  @Test
  void aThrowingReceiverDoesNotStopTheDriver() {
    List<DeviceEvent> seen = new ArrayList<>();
    gpio =
        new Pi4jGpio(
            context,
            GpioPins.parse(DeviceAddress.parse(DeviceKind.GPIO, ADDRESS)),
            event -> {
              seen.add(event);
              throw new IllegalStateException("receiver is broken");
            },
            time);

    for (int i = 0; i < 2; i++) {
      set(Pi4jGpio.HELP_ID, DigitalState.HIGH);
      after(100);
      set(Pi4jGpio.HELP_ID, DigitalState.LOW);
      after(100);
    }

    assertThat(seen).filteredOn(DeviceEvent.HelpPressed.class::isInstance).hasSize(2);
  }

  // --- status light ---

  private DigitalOutput light() {
    return context.io(Pi4jGpio.LIGHT_ID, DigitalOutput.class);
  }

  /** Each change of the light's pin, as "ms since start: state". */
  private List<String> recordLight() {
    List<String> changes = new CopyOnWriteArrayList<>();
    light()
        .addListener(
            (DigitalStateChangeListener)
                change -> changes.add(millisSinceStart(time.now()) + ":" + change.state()));
    return changes;
  }

  @Test
  void okIsSteadyOn() {
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.OK);
    after(10_000);

    assertThat(changes).containsExactly("0:HIGH");
    assertThat(time.pending()).isZero();
  }

  @Test
  void attentionBlinksOneSecondOnOneSecondOff() {
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.ATTENTION);
    after(4_500);

    assertThat(changes).containsExactly("0:HIGH", "1000:LOW", "2000:HIGH", "3000:LOW", "4000:HIGH");
  }

  @Test
  void errorBlinksFast() {
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.ERROR);
    after(1_000);

    assertThat(changes)
        .containsExactly("0:HIGH", "200:LOW", "400:HIGH", "600:LOW", "800:HIGH", "1000:LOW");
  }

  @Test
  void aNewPatternCancelsTheBlinkingOfTheOldOne() {
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.ATTENTION);
    after(1_500);
    gpio.showLight(LightPattern.ERROR);
    after(700);
    gpio.showLight(LightPattern.OK);
    after(5_000);
    gpio.showLight(LightPattern.OFF);
    after(5_000);

    assertThat(changes)
        .containsExactly(
            "0:HIGH",
            "1000:LOW", // attention
            "1500:HIGH",
            "1700:LOW",
            "1900:HIGH",
            "2100:LOW", // error; no toggle at 2000
            "2200:HIGH", // ok
            "7200:LOW"); // off
    assertThat(time.pending()).isZero();
  }

  @Test
  void showingTheSamePatternAgainDoesNotRestartTheBlink() {
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.ATTENTION);
    after(600);
    gpio.showLight(LightPattern.ATTENTION);
    after(600);

    assertThat(changes).containsExactly("0:HIGH", "1000:LOW");
  }

  @Test
  void aFailingLightIsAnErrorUntilItWorksAgain() {
    MockPins.Breaker breaker = new MockPins.Breaker();
    context.shutdown();
    context = MockPins.contextWithBreakableOutputs(breaker);
    open(ADDRESS);
    DeviceHealth ready = gpio.health();

    breaker.set(true);
    gpio.showLight(LightPattern.OK);
    assertThat(gpio.health())
        .isEqualTo(
            new DeviceHealth(DeviceHealth.State.ERROR, "status light on GPIO 27 does not respond"));
    after(20_000); // tried again every 5 s, reported once
    breaker.set(false);
    after(5_000);

    assertThat(light().state()).isEqualTo(DigitalState.HIGH);
    assertThat(gpio.health()).isEqualTo(ready);
    assertThat(events(DeviceEvent.HealthChanged.class))
        .extracting(e -> e.health().state())
        .containsExactly(DeviceHealth.State.OK, DeviceHealth.State.ERROR, DeviceHealth.State.OK);
    assertThat(time.pending()).isZero();
  }

  @Test
  void aBlinkingLightThatFailsKeepsItsRhythmAndRecovers() {
    MockPins.Breaker breaker = new MockPins.Breaker();
    context.shutdown();
    context = MockPins.contextWithBreakableOutputs(breaker);
    open(ADDRESS);
    List<String> changes = recordLight();

    gpio.showLight(LightPattern.ERROR);
    after(100);
    breaker.set(true);
    after(600); // the toggles at 200, 400 and 600 fail
    assertThat(gpio.health().state()).isEqualTo(DeviceHealth.State.ERROR);
    breaker.set(false);
    after(200);

    assertThat(changes).containsExactly("0:HIGH", "800:LOW");
    assertThat(gpio.health().state()).isEqualTo(DeviceHealth.State.OK);
  }

  // --- close ---

  @Test
  void closeTurnsTheLightOffShutsPi4jDownAndCanBeCalledTwice() {
    open(ADDRESS);
    DigitalOutput out = light();
    List<String> changes = recordLight();
    gpio.showLight(LightPattern.ERROR);
    after(100);

    gpio.close();
    assertThatCode(gpio::close).doesNotThrowAnyException();

    assertThat(changes).containsExactly("0:HIGH", "100:LOW");
    assertThat(out.state()).isEqualTo(DigitalState.LOW);
    assertThat(context.isShutdown()).isTrue();
    assertThat(time.closed()).isTrue();
    assertThat(time.pending()).isZero();
  }

  @Test
  void afterCloseTheLightAndInputsAreIgnored() {
    open(ADDRESS);
    MockDigitalInput help = input(Pi4jGpio.HELP_ID);
    DigitalOutput out = light();
    gpio.close();
    int before = events.size();

    gpio.showLight(LightPattern.OK);
    help.mockState(DigitalState.HIGH);
    time.advance(Duration.ofSeconds(1));

    assertThat(out.state()).isEqualTo(DigitalState.LOW);
    assertThat(events).hasSize(before);
  }
}
