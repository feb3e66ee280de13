package de.buergerinfo.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SimulatedGpioTest {

  private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  private final SimulatedGpio gpio =
      new SimulatedGpio(events::add, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void presenceIsReportedOnlyWhenItChanges() {
    gpio.simulatePresence(true);
    gpio.simulatePresence(true);
    assertThat(gpio.someonePresent()).isTrue();
    gpio.simulatePresence(false);
    gpio.simulatePresence(false);

    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events)
        .containsExactly(
            new DeviceEvent.PresenceChanged(NOW, true),
            new DeviceEvent.PresenceChanged(NOW, false));
  }

  @Test
  void everyHelpPressIsAnEvent() {
    gpio.simulateHelpPressed();
    gpio.simulateHelpPressed();

    assertThat(events)
        .containsExactly(new DeviceEvent.HelpPressed(NOW), new DeviceEvent.HelpPressed(NOW));
  }

  @Test
  void keepsTheLastLightPatternAndIsHealthy() {
    assertThat(gpio.light()).isEqualTo(LightPattern.OFF);
    gpio.showLight(LightPattern.ATTENTION);
    gpio.showLight(LightPattern.ERROR);

    assertThat(gpio.light()).isEqualTo(LightPattern.ERROR);
    assertThat(gpio.health()).isEqualTo(DeviceHealth.ok("simulated GPIO"));
  }

  @Test
  void afterCloseTheLightIsOffAndNothingIsReported() {
    gpio.showLight(LightPattern.OK);
    gpio.simulatePresence(true);
    gpio.close();
    gpio.close();
    int before = events.size();

    gpio.showLight(LightPattern.ERROR);
    gpio.simulateHelpPressed();
    gpio.simulatePresence(true);

    assertThat(gpio.light()).isEqualTo(LightPattern.OFF);
    assertThat(gpio.someonePresent()).isFalse();
    assertThat(events).hasSize(before);
  }
}
