package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceKind;
import java.time.Duration;

/**
 * The driver in a JVM started without {@link PcscContextReset#JVM_OPTION}, for {@link
 * PcscContextResetTest}: prints the probe's verdict and every health change, one per line, until
 * its input ends.
 */
public final class WithoutOpensMain {

  private WithoutOpensMain() {}

  public static void main(String[] args) throws Exception {
    System.out.println(
        "PROBE " + PcscContextReset.probe().unavailableBecause().orElse("available"));
    var timing =
        new PcscCardReader.Timing(
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            Duration.ofMillis(200),
            Duration.ofSeconds(1));
    try (var reader =
        PcscCardReader.start(
            DeviceAddress.parse(DeviceKind.CARD_READER, "pcsc:*"),
            event -> {
              if (event instanceof DeviceEvent.HealthChanged changed) {
                System.out.println(
                    "HEALTH " + changed.health().state() + " " + changed.health().reason());
              }
            },
            timing)) {
      while (System.in.read() >= 0) {
        // run until the test closes our input
      }
    }
  }
}
