package de.buergerinfo.devices.scanner.hid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cutting evdev bytes into events: both layouts, any split, partial and hostile input. */
class InputEventReaderTest {

  // struct input_event for KEY_A (30) pressed at 1767225600.123456 s, written out by hand from
  // <linux/input.h>: little-endian sec, usec, type, code, value.
  private static final byte[] KEY_A_PRESS_64 =
      HexFormat.of()
          .parseHex("0091556900000000" + "40e2010000000000" + "0100" + "1e00" + "01000000");
  private static final byte[] KEY_A_PRESS_32 =
      HexFormat.of().parseHex("00915569" + "40e20100" + "0100" + "1e00" + "01000000");
  private static final InputEvent KEY_A_PRESS = new InputEvent(1767215360L, 123456, 1, 30, 1);

  @Test
  void readsTheKernelsByteLayoutOn64And32BitProcesses() {
    assertThat(new InputEventReader(InputEventLayout.BITS_64).feed(KEY_A_PRESS_64, 0, 24))
        .containsExactly(KEY_A_PRESS);
    assertThat(new InputEventReader(InputEventLayout.BITS_32).feed(KEY_A_PRESS_32, 0, 16))
        .containsExactly(KEY_A_PRESS);
    assertThat(InputEventLayout.BITS_64.encode(KEY_A_PRESS)).isEqualTo(KEY_A_PRESS_64);
    assertThat(InputEventLayout.BITS_32.encode(KEY_A_PRESS)).isEqualTo(KEY_A_PRESS_32);
    assertThat(InputEventLayout.ofThisProcess().size()).isIn(16, 24);
  }

  @Test
  void aStreamSplitAtEveryPossibleByteGivesTheSameEvents() {
    for (InputEventLayout layout : InputEventLayout.values()) {
      List<InputEvent> events = new KeyStrokes().type("Ab-7:", 12).enter(12).events();
      byte[] bytes = new KeyStrokes().type("Ab-7:", 12).enter(12).bytes(layout);
      for (int split = 0; split <= bytes.length; split++) {
        InputEventReader reader = new InputEventReader(layout);
        List<InputEvent> read = new ArrayList<>(reader.feed(bytes, 0, split));
        read.addAll(reader.feed(bytes, split, bytes.length - split));
        assertThat(read).as(layout + " split at " + split).isEqualTo(events);
        assertThat(reader.pendingBytes()).isZero();
      }
    }
  }

  @Test
  void byteByByteReadsGiveTheSameEvents() {
    byte[] bytes =
        new KeyStrokes().type("0012345678", 10).enter(10).bytes(InputEventLayout.BITS_64);
    InputEventReader reader = new InputEventReader(InputEventLayout.BITS_64);
    List<InputEvent> read = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      read.addAll(reader.feed(bytes, i, 1));
    }
    assertThat(read)
        .hasSize(bytes.length / 24)
        .isEqualTo(new KeyStrokes().type("0012345678", 10).enter(10).events());
  }

  @Test
  void aTruncatedLastRecordIsHeldBackNotMisread() {
    byte[] bytes = new KeyStrokes().type("12", 10).bytes(InputEventLayout.BITS_64);
    int whole = bytes.length / 24;
    InputEventReader reader = new InputEventReader(InputEventLayout.BITS_64);

    List<InputEvent> read = reader.feed(bytes, 0, bytes.length - 5);

    assertThat(read).hasSize(whole - 1);
    assertThat(reader.pendingBytes()).isEqualTo(19);
    reader.reset();
    assertThat(reader.pendingBytes()).isZero();
    assertThat(reader.feed(bytes, 0, 24)).hasSize(1);
  }

  @Test
  void extremeFieldValuesAreReadAsUnsignedCodesAndSignedValues() {
    InputEvent odd = new InputEvent(-1, 999_999, 0xFFFF, 0xFFFF, Integer.MIN_VALUE);
    InputEvent read =
        new InputEventReader(InputEventLayout.BITS_64)
            .feed(InputEventLayout.BITS_64.encode(odd), 0, 24)
            .getFirst();
    assertThat(read).isEqualTo(odd);
  }

  @Test
  void randomGarbageNeverThrowsAndGivesOneEventPerWholeRecord() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      byte[] garbage = new byte[random.nextInt(2000)];
      random.nextBytes(garbage);
      for (InputEventLayout layout : InputEventLayout.values()) {
        InputEventReader reader = new InputEventReader(layout);
        assertThat(reader.feed(garbage, 0, garbage.length)).hasSize(garbage.length / layout.size());
        assertThat(reader.pendingBytes()).isEqualTo(garbage.length % layout.size());
      }
    }
  }
}
