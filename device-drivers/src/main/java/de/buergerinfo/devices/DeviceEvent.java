package de.buergerinfo.devices;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Something a device reports; drivers emit these from their own threads. */
public sealed interface DeviceEvent {

  /** Which kind of device the event comes from. */
  DeviceKind device();

  /** When the driver saw it. */
  Instant at();

  /** The device's health changed, for example from OK to paper low. */
  record HealthChanged(DeviceKind device, Instant at, DeviceHealth health) implements DeviceEvent {}

  /**
   * A card was put on a reader and read.
   *
   * @param reader the reader's name as PC/SC lists it
   * @param uid the card's UID, or empty when the reader cannot tell it ({@code 6A 81})
   * @param atr the card's answer to reset, as lower-case hex (describes the card type, not the
   *     person)
   */
  record CardPresented(Instant at, String reader, Optional<CardUid> uid, String atr)
      implements DeviceEvent {
    public CardPresented {
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(uid, "uid");
      Objects.requireNonNull(atr, "atr");
    }

    @Override
    public DeviceKind device() {
      return DeviceKind.CARD_READER;
    }
  }

  /** The card was taken off the reader (also when it was removed in the middle of a read). */
  record CardRemoved(Instant at, String reader) implements DeviceEvent {
    @Override
    public DeviceKind device() {
      return DeviceKind.CARD_READER;
    }
  }

  /** A reader was plugged in ({@code connected}) or unplugged. */
  record ReaderChanged(Instant at, String reader, boolean connected) implements DeviceEvent {
    @Override
    public DeviceKind device() {
      return DeviceKind.CARD_READER;
    }
  }

  /**
   * A code scanner read a code. The text is untrusted: it has passed {@link
   * de.buergerinfo.devices.scanner.ScannedText} (length limit, control characters removed), but it
   * is still only data: never a URL to open or a command to run.
   *
   * @param text the cleaned payload, never empty
   * @param source which scanner it came from ("hid", "serial", "camera", "keyboard", "sim")
   */
  record CodeScanned(Instant at, String text, String source) implements DeviceEvent {
    public CodeScanned {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public DeviceKind device() {
      return DeviceKind.SCANNER;
    }

    @Override
    public String toString() {
      // A code may hold a case number or a name: the log sees its length only.
      return "CodeScanned[at=" + at + ", " + text.length() + " chars, source=" + source + "]";
    }
  }

  /** The presence sensor saw someone arrive ({@code present}) or everyone leave. */
  record PresenceChanged(Instant at, boolean present) implements DeviceEvent {
    @Override
    public DeviceKind device() {
      return DeviceKind.GPIO;
    }
  }

  /** The help button was pressed (debounced: one event per press). */
  record HelpPressed(Instant at) implements DeviceEvent {
    @Override
    public DeviceKind device() {
      return DeviceKind.GPIO;
    }
  }
}
