package de.buergerinfo.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceAddressTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRINTER     | escpos+tcp://10.0.0.5:9100                 | escpos+tcp    | 10.0.0.5:9100",
        "PRINTER     | escpos+tcp://[::1]:9100                    | escpos+tcp    | [::1]:9100",
        "PRINTER     | escpos+tcp://printer.local:9100            | escpos+tcp    | printer.local:9100",
        "PRINTER     | escpos+tcp://10.0.0.5:65535                | escpos+tcp    | 10.0.0.5:65535",
        "PRINTER     | escpos+serial:/dev/ttyUSB0?baud=38400      | escpos+serial | /dev/ttyUSB0",
        "PRINTER     | escpos+file:/dev/usb/lp0                   | escpos+file   | /dev/usb/lp0",
        "CARD_READER | pcsc:*                                     | pcsc          | *",
        "CARD_READER | pcsc:ACR122U                               | pcsc          | ACR122U",
        "SCANNER     | hid:/dev/input/by-id/usb-Scanner-event-kbd | hid           | /dev/input/by-id/usb-Scanner-event-kbd",
        "SCANNER     | serial:/dev/ttyACM0                        | serial        | /dev/ttyACM0",
        "SCANNER     | camera:/dev/video0                         | camera        | /dev/video0",
        "GPIO        | gpio:pi4j?presence=17&light=27&help=22     | gpio          | pi4j",
      })
  void parsesEveryKindOfAddressAndWritesItBackTheSame(
      DeviceKind kind, String text, String scheme, String target) {
    DeviceAddress address = DeviceAddress.parse(kind, text);

    assertThat(address.scheme()).isEqualTo(scheme);
    assertThat(address.target()).isEqualTo(target);
    assertThat(address.isSimulated()).isFalse();
    assertThat(address.isNone()).isFalse();
    assertThat(address).hasToString(text);
    assertThat(DeviceAddress.parse(kind, address.toString())).isEqualTo(address);
  }

  @Test
  void readsOptionsInTheOrderWritten() {
    DeviceAddress gpio =
        DeviceAddress.parse(DeviceKind.GPIO, "gpio:pi4j?presence=17&light=27&help=22");

    assertThat(gpio.parameters())
        .containsExactly(
            Map.entry("presence", "17"), Map.entry("light", "27"), Map.entry("help", "22"));
  }

  @Test
  void readsTheBaudRateOfASerialPrinter() {
    DeviceAddress serial =
        DeviceAddress.parse(DeviceKind.PRINTER, "escpos+serial:/dev/ttyUSB0?baud=38400");

    assertThat(serial.parameters()).containsExactly(Map.entry("baud", "38400"));
  }

  @Test
  void anAddressWithoutOptionsHasNone() {
    assertThat(DeviceAddress.parse(DeviceKind.PRINTER, "escpos+file:/dev/usb/lp0").parameters())
        .isEmpty();
  }

  @Test
  void aTcpAddressWithoutSlashesIsWrittenWithThem() {
    DeviceAddress address = DeviceAddress.parse(DeviceKind.PRINTER, "escpos+tcp:10.0.0.5:9100");

    assertThat(address.target()).isEqualTo("10.0.0.5:9100");
    assertThat(address).hasToString("escpos+tcp://10.0.0.5:9100");
  }

  @ParameterizedTest
  @EnumSource(DeviceKind.class)
  void simulatorAndNoneAreValidForEveryKind(DeviceKind kind) {
    DeviceAddress sim = DeviceAddress.parse(kind, "sim");
    DeviceAddress none = DeviceAddress.parse(kind, "none");

    assertThat(sim).isEqualTo(DeviceAddress.simulated()).hasToString("sim");
    assertThat(sim.isSimulated()).isTrue();
    assertThat(sim.isNone()).isFalse();
    assertThat(none).isEqualTo(DeviceAddress.none()).hasToString("none");
    assertThat(none.isNone()).isTrue();
    assertThat(none.isSimulated()).isFalse();
  }

  @Test
  void theOptionsCannotBeChangedAfterwards() {
    Map<String, String> options = new HashMap<>(Map.of("baud", "9600"));
    DeviceAddress address = new DeviceAddress("escpos+serial", "/dev/ttyUSB0", options);
    options.put("baud", "115200");

    assertThat(address.parameters()).containsExactly(Map.entry("baud", "9600"));
    assertThatThrownBy(() -> address.parameters().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Decision: an address is one word without spaces (profiles and command lines stay simple), so a
   * PC/SC reader name like "ACS ACR122U PICC Interface 00 00" cannot be written whole. A terminal
   * has one reader, so {@code pcsc:*} is the normal case; to pick one reader of several, write a
   * part of its name without spaces ({@code pcsc:ACR122U}), which the target's pattern matches.
   */
  @Test
  void aReaderNameWithSpacesIsRefusedWritePcscStarOrAPartOfTheNameWithoutSpaces() {
    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.CARD_READER, "pcsc:ACS ACR122U"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains spaces")
        .hasMessageContaining("pcsc:*")
        .hasMessageContaining("pcsc:ACR122U");
    assertThat(DeviceAddress.parse(DeviceKind.CARD_READER, "pcsc:ACR122U").target())
        .isEqualTo("ACR122U");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PRINTER     | ''                                  | is empty; write 'sim', 'none' or a device address",
        "PRINTER     | '   '                               | is empty; write 'sim', 'none' or a device address",
        "PRINTER     | lpt1                                | has no scheme; expected one of escpos+file, escpos+serial, escpos+tcp, none, sim",
        "PRINTER     | :9100                               | has no scheme; expected one of",
        "PRINTER     | SIM                                 | has no scheme; expected one of",
        "PRINTER     | 10.0.0.5:9100                       | unknown scheme '10.0.0.5' for a printer; expected one of escpos+file",
        "PRINTER     | pcsc:*                              | unknown scheme 'pcsc' for a printer; expected one of escpos+file",
        "PRINTER     | ESCPOS+TCP://10.0.0.5:9100          | unknown scheme 'ESCPOS+TCP' for a printer; expected one of",
        "CARD_READER | escpos+tcp://10.0.0.5:9100          | unknown scheme 'escpos+tcp' for a card reader; expected one of none, pcsc, sim",
        "SCANNER     | pcsc:*                              | unknown scheme 'pcsc' for a code scanner; expected one of camera, hid, keyboard, none, serial, sim",
        "GPIO        | hid:/dev/input/event0               | unknown scheme 'hid' for a GPIO; expected one of gpio, none, sim",
        "PRINTER     | escpos+tcp://10.0.0.5               | is not host:port, for example escpos+tcp://10.0.0.5:9100",
        "PRINTER     | escpos+tcp://10.0.0.5:              | is not host:port, for example",
        "PRINTER     | escpos+tcp://:9100                  | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:70000         | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:65536         | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:0             | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:123456        | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:port          | is not host:port, for example",
        "PRINTER     | escpos+tcp://10.0.0.5:-1            | is not host:port, for example",
        "PRINTER     | escpos+tcp://::1:9100               | is not host:port, for example",
        "PRINTER     | escpos+tcp://user@10.0.0.5:9100     | is not host:port, for example",
        "PRINTER     | escpos+serial:ttyUSB0               | is not an absolute device path such as /dev/ttyUSB0",
        "PRINTER     | escpos+serial:                      | is not an absolute device path such as /dev/ttyUSB0",
        "PRINTER     | escpos+file:dev/usb/lp0             | is not an absolute device path such as /dev/ttyUSB0",
        "PRINTER     | escpos+file:/dev/../etc/shadow      | is not an absolute device path such as /dev/ttyUSB0",
        "SCANNER     | hid:/dev/input/..                   | is not an absolute device path such as /dev/ttyUSB0",
        "SCANNER     | camera:../video0                    | is not an absolute device path such as /dev/ttyUSB0",
        "SCANNER     | serial:./ttyACM0                    | is not an absolute device path such as /dev/ttyUSB0",
        "GPIO        | gpio:pi4j?presence=17&presence=18   | option 'presence' is given twice; give each option once",
        "GPIO        | gpio:pi4j?=17                       | option '=17' has no valid name; write options as name=value",
        "GPIO        | gpio:pi4j?presence=17&              | option '' has no valid name; write options as name=value",
        "GPIO        | gpio:pi4j?presence=17&&light=27     | option '' has no valid name; write options as name=value",
        "GPIO        | gpio:pi4j?1st=17                    | option '1st=17' has no valid name; write options as name=value",
        "CARD_READER | pcsc:                               | needs a target: pcsc:* (any reader) or pcsc:<reader name>",
        "CARD_READER | pcsc:?x=1                           | needs a target: pcsc:*",
        "GPIO        | gpio:                               | needs a target",
        "GPIO        | gpio:?presence=17                   | needs a target",
      })
  void refusesBadAddressesSayingWhatIsExpected(DeviceKind kind, String text, String message) {
    assertThatThrownBy(() -> DeviceAddress.parse(kind, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aNullAddressIsEmpty() {
    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.PRINTER, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0000", // NUL
        "0007", // bell
        "0009", // tab
        "000a", // line feed
        "000d", // carriage return
        "001b", // escape
        "007f", // delete
        "0085", // next line, a C1 control
        "009b", // control sequence introducer, a C1 control
        "00a0", // no-break space
        "2007", // figure space
        "2028", // line separator
        "3000" // ideographic space
      })
  void refusesControlCharactersAndEverySpaceSayingWhatIsExpected(String codePoint) {
    String text = "serial:/dev/tty" + Character.toString(Integer.parseInt(codePoint, 16)) + "ACM0";

    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.SCANNER, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains spaces or control characters")
        .hasMessageContaining("such as hid:/dev/input/by-id/");
  }

  @Test
  void acceptsAnAddressOfExactlyTheLongestLength() {
    String prefix = "serial:/dev/";
    String longest = prefix + "x".repeat(DeviceAddress.MAX_LENGTH - prefix.length());

    assertThat(DeviceAddress.parse(DeviceKind.SCANNER, longest)).hasToString(longest);
  }

  @Test
  void refusesAnAddressOneCharacterTooLong() {
    String prefix = "serial:/dev/";
    String tooLong = prefix + "x".repeat(DeviceAddress.MAX_LENGTH - prefix.length() + 1);

    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.SCANNER, tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is longer than " + DeviceAddress.MAX_LENGTH + " characters");
  }

  @Test
  void refusesAHugeAddressBeforeLookingAtIt() {
    String huge = "x".repeat(1_000_000) + "\u0000";

    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.SCANNER, huge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is longer than");
  }
}
