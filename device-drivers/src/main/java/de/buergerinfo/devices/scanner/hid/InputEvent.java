package de.buergerinfo.devices.scanner.hid;

/**
 * One Linux {@code struct input_event} as the kernel's evdev interface delivers it.
 *
 * @param seconds the kernel's timestamp, whole seconds
 * @param microseconds the kernel's timestamp, the microseconds within the second
 * @param type the event type ({@link #EV_KEY} for a key)
 * @param code the key code for key events (unsigned 16 bits)
 * @param value 1 press, 0 release, 2 auto-repeat for key events
 */
public record InputEvent(long seconds, long microseconds, int type, int code, int value) {

  /** Marks the end of one report of events. */
  public static final int EV_SYN = 0;

  /** A key press, release or repeat. */
  public static final int EV_KEY = 1;

  /** Miscellaneous; USB keyboards send {@code MSC_SCAN} with the HID usage before each key. */
  public static final int EV_MSC = 4;

  public static final int MSC_SCAN = 4;

  public static final int RELEASE = 0;
  public static final int PRESS = 1;
  public static final int REPEAT = 2;

  /** The timestamp in microseconds, for gaps between keys. */
  public long timeMicros() {
    return seconds * 1_000_000L + microseconds;
  }

  public boolean isKey() {
    return type == EV_KEY;
  }
}
