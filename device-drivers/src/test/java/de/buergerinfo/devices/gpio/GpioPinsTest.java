package de.buergerinfo.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GpioPinsTest {

  private static GpioPins parse(String text) {
    return GpioPins.parse(DeviceAddress.parse(DeviceKind.GPIO, text));
  }

  /** Straight to the parser, past DeviceAddress's own checks (length, spaces). */
  private static GpioPins parse(Map<String, String> options) {
    return GpioPins.parse(new DeviceAddress("gpio", "pi4j", options));
  }

  @Test
  void readsAllThreePinsWithTheDefaults() {
    GpioPins pins = parse("gpio:pi4j?presence=17&light=27&help=22");

    assertThat(pins)
        .isEqualTo(
            new GpioPins(
                Optional.of(17),
                Optional.of(27),
                Optional.of(22),
                GpioPins.Level.HIGH,
                GpioPins.Level.LOW,
                Duration.ofSeconds(30),
                Optional.empty()));
    assertThat(pins.describe())
        .isEqualTo("presence sensor on GPIO 17, status light on GPIO 27, help button on GPIO 22");
  }

  @Test
  void everyPinIsOptionalAndTheLowestAndHighestHeaderPinsAreValid() {
    assertThat(parse("gpio:pi4j?light=0").light()).contains(0);
    assertThat(parse("gpio:pi4j?help=27").help()).contains(27);
    GpioPins onlyPresence = parse("gpio:pi4j?presence=4");
    assertThat(onlyPresence.light()).isEmpty();
    assertThat(onlyPresence.help()).isEmpty();
    assertThat(onlyPresence.describe()).isEqualTo("presence sensor on GPIO 4");
  }

  @Test
  void readsTheLevelsTheHoldAndTheChip() {
    GpioPins pins =
        parse(
            "gpio:pi4j?presence=17&help=22&presence-active=low&help-active=high"
                + "&presence-hold=3600&chip=gpiochip4");

    assertThat(pins.presenceActive()).isEqualTo(GpioPins.Level.LOW);
    assertThat(pins.helpActive()).isEqualTo(GpioPins.Level.HIGH);
    assertThat(pins.presenceHold()).isEqualTo(Duration.ofHours(1));
    assertThat(pins.chip()).contains("gpiochip4");
    assertThat(parse("gpio:pi4j?presence=17&presence-hold=0").presenceHold()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gpio:pi4j?presence=99        | presence=99 is not a BCM pin number; use 0 to 27",
        "gpio:pi4j?light=28           | light=28 is not a BCM pin number; use 0 to 27",
        "gpio:pi4j?help=-1            | help='-1' is not a BCM pin number; use 0 to 27, such as help=17",
        "gpio:pi4j?help=+17           | help='+17' is not a BCM pin number",
        "gpio:pi4j?light=0x1b         | light='0x1b' is not a BCM pin number",
        "gpio:pi4j?light=             | light='' is not a BCM pin number",
        "gpio:pi4j?light              | light='' is not a BCM pin number",
        "gpio:pi4j?light=017          | light='017' is not a BCM pin number",
        "gpio:pi4j?presence=١٧        | presence='١٧' is not a BCM pin number",
        "gpio:pi4j?presence=17&help=17 | presence and help both use GPIO 17; give each its own pin",
        "gpio:pi4j?light=5&help=5     | light and help both use GPIO 5; give each its own pin",
        "gpio:pi4j?presense=17        | unknown option 'presense'; known options are chip, help, help-active, light, presence, presence-active, presence-hold",
        "gpio:pi4j?light=27&blink=2&x=1 | unknown option 'blink', 'x'; known options",
        "gpio:pi4j                    | names no pins; give at least one of presence=, light=, help=",
        "gpio:pi4j?                   | names no pins",
        "gpio:wiringpi?presence=17    | 'gpio:wiringpi?presence=17' is not a Pi4J GPIO address; write it like gpio:pi4j?presence=17&light=27&help=22",
        "gpio:pi4j?light=27&presence-hold=5 | presence-hold is given but no presence pin; add presence= or remove presence-hold",
        "gpio:pi4j?light=27&presence-active=low | presence-active is given but no presence pin",
        "gpio:pi4j?light=27&help-active=high | help-active is given but no help pin",
        "gpio:pi4j?presence=17&presence-active=HIGH | presence-active='HIGH' must be high or low",
        "gpio:pi4j?help=22&help-active=pullup | help-active='pullup' must be high or low",
        "gpio:pi4j?presence=17&presence-hold=3601 | presence hold 3601 s is not between 0 and 3600 seconds",
        "gpio:pi4j?presence=17&presence-hold=99999 | presence-hold='99999' is not a number of seconds from 0 to 3600",
        "gpio:pi4j?presence=17&presence-hold=1.5 | presence-hold='1.5' is not a number of seconds",
        "gpio:pi4j?presence=17&presence-hold=-1 | presence-hold='-1' is not a number of seconds",
        "gpio:pi4j?light=27&chip=../../etc/passwd | chip='../../etc/passwd' is not a GPIO chip name such as chip=gpiochip0",
        "gpio:pi4j?light=27&chip=gpiochip | chip='gpiochip' is not a GPIO chip name",
      })
  void badAddressesSayWhatIsWrong(String address, String message) {
    assertThatThrownBy(() -> parse(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void anOversizedValueIsRejectedAndNotEchoedWhole() {
    String huge = "1".repeat(100_000);

    assertThatThrownBy(() -> parse(Map.of("presence", huge)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("presence='11111111111111111111…' is not a BCM pin number")
        .message()
        .hasSizeLessThan(200);
    assertThatThrownBy(() -> parse(Map.of("light", "27", "chip", "gpiochip" + huge)))
        .message()
        .hasSizeLessThan(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"presence=17\u0000", "light=2\n7", "help=22;rm -rf /", "light=2%37"})
  void hostileValuesAreNoPins(String option) {
    int equals = option.indexOf('=');
    Map<String, String> options = Map.of(option.substring(0, equals), option.substring(equals + 1));

    assertThatThrownBy(() -> parse(options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a BCM pin number");
  }

  @Test
  void theRecordItselfRejectsBadPins() {
    assertThatThrownBy(
            () ->
                new GpioPins(
                    Optional.of(40),
                    Optional.empty(),
                    Optional.empty(),
                    GpioPins.Level.HIGH,
                    GpioPins.Level.LOW,
                    Duration.ofSeconds(30),
                    Optional.empty()))
        .hasMessage("presence=40 is not a BCM pin number; use 0 to 27");
    assertThatThrownBy(
            () ->
                new GpioPins(
                    Optional.of(4),
                    Optional.empty(),
                    Optional.empty(),
                    GpioPins.Level.HIGH,
                    GpioPins.Level.LOW,
                    Duration.ofSeconds(-1),
                    Optional.empty()))
        .hasMessageStartingWith("presence hold");
  }
}
