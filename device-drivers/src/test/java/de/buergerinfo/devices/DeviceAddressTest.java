package de.buergerinfo.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceAddressTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PRINTER     | escpos+tcp://10.0.0.5:9100                     | escpos+tcp    | 10.0.0.5:9100",
        "PRINTER     | escpos+tcp://[::1]:9100                        | escpos+tcp    | [::1]:9100",
        "PRINTER     | escpos+tcp://printer.local:9100                | escpos+tcp    | printer.local:9100",
        "PRINTER     | escpos+serial:/dev/ttyUSB0?baud=38400          | escpos+serial | /dev/ttyUSB0",
        "PRINTER     | escpos+file:/dev/usb/lp0                       | escpos+file   | /dev/usb/lp0",
        "CARD_READER | pcsc:*                                         | pcsc          | *",
        "SCANNER     | hid:/dev/input/by-id/usb-Scanner-event-kbd     | hid           | /dev/input/by-id/usb-Scanner-event-kbd",
        "SCANNER     | serial:/dev/ttyACM0                            | serial        | /dev/ttyACM0",
        "SCANNER     | camera:/dev/video0                             | camera        | /dev/video0",
        "GPIO        | gpio:pi4j?presence=17&light=27&help=22         | gpio          | pi4j",
      })
  void parsesEveryKindOfAddressAndWritesItBackTheSame(
      DeviceKind kind, String text, String scheme, String target) {
    DeviceAddress address = DeviceAddress.parse(kind, text);

    assertThat(address.scheme()).isEqualTo(scheme);
    assertThat(address.target()).isEqualTo(target);
    assertThat(address).hasToString(text);
  }

  @Test
  void keepsOptionsInOrder() {
    DeviceAddress gpio =
        DeviceAddress.parse(DeviceKind.GPIO, "gpio:pi4j?presence=17&light=27&help=22");

    assertThat(gpio.parameters())
        .containsExactly(
            Map.entry("presence", "17"), Map.entry("light", "27"), Map.entry("help", "22"));
  }

  @Test
  void simulatorAndNoneAreValidForEveryKind() {
    for (DeviceKind kind : DeviceKind.values()) {
      assertThat(DeviceAddress.parse(kind, "sim").isSimulated()).isTrue();
      assertThat(DeviceAddress.parse(kind, "none").isNone()).isTrue();
    }
  }

  @Test
  void aReaderNameWithSpacesIsRefusedUseTheWildcard() {
    // Addresses are single tokens in the profile; pcsc:* picks the first reader.
    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.CARD_READER, "pcsc:ACS ACR122U"))
        .hasMessageContaining("spaces");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PRINTER     | ''                                  | is empty",
        "PRINTER     | '   '                               | is empty",
        "PRINTER     | 10.0.0.5:9100                       | unknown scheme '10.0.0.5'",
        "PRINTER     | lpt1                                | has no scheme",
        "PRINTER     | pcsc:*                              | unknown scheme 'pcsc' for a printer",
        "CARD_READER | escpos+tcp://10.0.0.5:9100          | unknown scheme 'escpos+tcp' for a card reader",
        "PRINTER     | escpos+tcp://10.0.0.5               | is not host:port",
        "PRINTER     | escpos+tcp://10.0.0.5:70000         | is not host:port",
        "PRINTER     | escpos+tcp://10.0.0.5:port          | is not host:port",
        "PRINTER     | escpos+serial:ttyUSB0               | absolute device path",
        "PRINTER     | escpos+file:/dev/../etc/shadow      | absolute device path",
        "SCANNER     | hid:/dev/input/..                   | absolute device path",
        "GPIO        | gpio:pi4j?presence=17&presence=18   | given twice",
        "GPIO        | gpio:pi4j?=17                       | no valid name",
        "CARD_READER | pcsc:                               | needs a target",
      })
  void refusesBadAddressesSayingWhatIsExpected(DeviceKind kind, String text, String message) {
    assertThatThrownBy(() -> DeviceAddress.parse(kind, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesControlCharactersAndOverlongAddresses() {
    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.SCANNER, "serial:/dev/tty\u0000ACM0"))
        .hasMessageContaining("control characters");
    assertThatThrownBy(
            () ->
                DeviceAddress.parse(
                    DeviceKind.SCANNER, "serial:/dev/" + "x".repeat(DeviceAddress.MAX_LENGTH)))
        .hasMessageContaining("longer than");
  }
}
