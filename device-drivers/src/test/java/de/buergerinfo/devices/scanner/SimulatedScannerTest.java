package de.buergerinfo.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulated scanner sends cleaned codes like a real one. */
class SimulatedScannerTest {

  @Test
  void aScanArrivesCleanedWithSourceSim() {
    List<DeviceEvent> events = new ArrayList<>();
    SimulatedScanner scanner = new SimulatedScanner(events::add);

    assertThat(scanner.scan("  0012345678\r\n")).isTrue();
    assertThat(scanner.scan("\u0007\u202E")).isFalse();
    assertThat(scanner.scan(null)).isFalse();

    assertThat(events).hasSize(1);
    DeviceEvent.CodeScanned code = (DeviceEvent.CodeScanned) events.getFirst();
    assertThat(code.text()).isEqualTo("0012345678");
    assertThat(code.source()).isEqualTo("sim");
    assertThat(scanner.kind()).isEqualTo(DeviceKind.SCANNER);
    assertThat(scanner.health().state()).isEqualTo(DeviceHealth.State.OK);
  }

  @Test
  void afterCloseNothingIsSent() {
    List<DeviceEvent> events = new ArrayList<>();
    SimulatedScanner scanner = new SimulatedScanner(events::add);
    scanner.close();
    scanner.close();

    assertThat(scanner.scan("0012345678")).isFalse();
    assertThat(events).isEmpty();
    assertThat(scanner.health().state()).isEqualTo(DeviceHealth.State.ABSENT);
  }
}
