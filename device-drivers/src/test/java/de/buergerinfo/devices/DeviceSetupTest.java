package de.buergerinfo.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeviceSetupTest {

  @ParameterizedTest
  @EnumSource(DeviceKind.class)
  void theEmbeddedDefaultSimulatesEveryDeviceAndStartsHealthy(DeviceKind kind) {
    DeviceSetup setup = DeviceSetup.allSimulated();

    assertThat(setup.address(kind)).isEqualTo(DeviceAddress.simulated());
    assertThat(setup.initialHealth(kind))
        .isEqualTo(DeviceHealth.ok("simulated " + kind.displayName()));
  }

  @ParameterizedTest
  @EnumSource(DeviceKind.class)
  void aKindLeftOutHasNoDeviceAndIsAbsent(DeviceKind kind) {
    DeviceSetup setup = new DeviceSetup(Map.of());

    assertThat(setup.address(kind)).isEqualTo(DeviceAddress.none());
    assertThat(setup.initialHealth(kind))
        .isEqualTo(DeviceHealth.absent("no " + kind.displayName() + " configured"));
  }

  @Test
  void aSetupWithSomeKindsFillsInTheRestWithNone() {
    DeviceSetup setup = new DeviceSetup(Map.of(DeviceKind.SCANNER, DeviceAddress.simulated()));

    assertThat(setup.addresses()).hasSize(DeviceKind.values().length);
    assertThat(setup.address(DeviceKind.SCANNER).isSimulated()).isTrue();
    assertThat(setup.address(DeviceKind.PRINTER).isNone()).isTrue();
    assertThat(setup.address(DeviceKind.CARD_READER).isNone()).isTrue();
    assertThat(setup.address(DeviceKind.GPIO).isNone()).isTrue();
    assertThat(setup).isEqualTo(new DeviceSetup(setup.addresses()));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRINTER     | escpos+tcp://10.0.0.5:9100  | waiting for the printer at escpos+tcp://10.0.0.5:9100",
        "CARD_READER | pcsc:*                      | waiting for the card reader at pcsc:*",
        "SCANNER     | hid:/dev/input/event3       | waiting for the code scanner at hid:/dev/input/event3",
        "GPIO        | gpio:pi4j?presence=17       | waiting for the GPIO at gpio:pi4j?presence=17",
      })
  void hardwareIsAbsentUntilItsDriverFindsIt(DeviceKind kind, String text, String reason) {
    DeviceSetup setup = new DeviceSetup(Map.of(kind, DeviceAddress.parse(kind, text)));

    assertThat(setup.initialHealth(kind)).isEqualTo(DeviceHealth.absent(reason));
  }

  @Test
  void theSetupCannotBeChangedAfterwards() {
    Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
    addresses.put(DeviceKind.PRINTER, DeviceAddress.simulated());
    DeviceSetup setup = new DeviceSetup(addresses);
    addresses.put(DeviceKind.PRINTER, DeviceAddress.none());

    assertThat(setup.address(DeviceKind.PRINTER).isSimulated()).isTrue();
    assertThatThrownBy(() -> setup.addresses().put(DeviceKind.GPIO, DeviceAddress.simulated()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aHealthNeedsAStateAndAReason() {
    assertThatThrownBy(() -> new DeviceHealth(null, "x")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new DeviceHealth(DeviceHealth.State.OK, null))
        .isInstanceOf(NullPointerException.class);
  }
}
