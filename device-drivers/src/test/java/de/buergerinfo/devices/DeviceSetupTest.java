package de.buergerinfo.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceSetupTest {

  @Test
  void theEmbeddedDefaultSimulatesEveryDevice() {
    DeviceSetup setup = DeviceSetup.allSimulated();

    for (DeviceKind kind : DeviceKind.values()) {
      assertThat(setup.address(kind).isSimulated()).isTrue();
      assertThat(setup.initialHealth(kind).state()).isEqualTo(DeviceHealth.State.OK);
    }
  }

  @Test
  void devicesNotConfiguredAreAbsent() {
    DeviceSetup setup =
        new DeviceSetup(
            Map.of(
                DeviceKind.PRINTER,
                DeviceAddress.parse(DeviceKind.PRINTER, "escpos+tcp://10.0.0.5:9100")));

    assertThat(setup.address(DeviceKind.GPIO).isNone()).isTrue();
    assertThat(setup.initialHealth(DeviceKind.GPIO))
        .isEqualTo(DeviceHealth.absent("no GPIO configured"));
    assertThat(setup.initialHealth(DeviceKind.PRINTER))
        .isEqualTo(DeviceHealth.absent("waiting for the printer at escpos+tcp://10.0.0.5:9100"));
  }
}
