package de.buergerinfo.devices.scanner.hid;

import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The byte layout of {@code struct input_event}: the timestamp is two C {@code long}s, so a 64-bit
 * process reads 24 bytes per event and a 32-bit one (armhf) 16. The kernel hands each process the
 * layout of its own word size, also a 32-bit process on a 64-bit kernel.
 */
public enum InputEventLayout {
  /** x86_64, arm64: seconds 8, microseconds 8, type 2, code 2, value 4. */
  BITS_64(8),
  /** armhf and other 32-bit: seconds 4, microseconds 4, type 2, code 2, value 4. */
  BITS_32(4);

  private final int timeFieldSize;

  InputEventLayout(int timeFieldSize) {
    this.timeFieldSize = timeFieldSize;
  }

  /** The layout of this JVM's word size, which is the one the kernel sends it. */
  public static InputEventLayout ofThisProcess() {
    return ValueLayout.ADDRESS.byteSize() == 8 ? BITS_64 : BITS_32;
  }

  /** Bytes per event. */
  public int size() {
    return 2 * timeFieldSize + 8;
  }

  /** Reads one event at {@code offset}; the caller makes sure {@link #size()} bytes are there. */
  InputEvent decode(byte[] bytes, int offset) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, size()).order(ByteOrder.LITTLE_ENDIAN);
    long seconds = timeFieldSize == 8 ? buffer.getLong() : buffer.getInt();
    long micros = timeFieldSize == 8 ? buffer.getLong() : buffer.getInt();
    int type = Short.toUnsignedInt(buffer.getShort());
    int code = Short.toUnsignedInt(buffer.getShort());
    int value = buffer.getInt();
    return new InputEvent(seconds, micros, type, code, value);
  }

  /** The bytes the kernel would send for the event (for recordings, replays and tests). */
  public byte[] encode(InputEvent event) {
    ByteBuffer buffer = ByteBuffer.allocate(size()).order(ByteOrder.LITTLE_ENDIAN);
    if (timeFieldSize == 8) {
      buffer.putLong(event.seconds()).putLong(event.microseconds());
    } else {
      buffer.putInt((int) event.seconds()).putInt((int) event.microseconds());
    }
    buffer.putShort((short) event.type()).putShort((short) event.code()).putInt(event.value());
    return buffer.array();
  }
}
