package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.CardUid;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A card reader for the embedded default and the demo: one reader, "Simulated reader", on which the
 * demo or a test puts and takes cards; it sends the same events as {@link PcscCardReader}.
 */
public final class SimulatedCardReader implements CardReader {

  public static final String READER = "Simulated reader";

  /** A MIFARE Classic 1K ATR, as a contactless reader reports it. */
  public static final String ATR = "3b8f8001804f0ca000000306030001000000006a";

  private final DeviceEventSink sink;
  private final Clock clock;
  private final DeviceHealth health = DeviceHealth.ok("simulated card reader");
  private boolean cardPresent;
  private boolean closed;

  private SimulatedCardReader(DeviceEventSink sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
  }

  /** Starts with its reader connected and no card on it; announces the reader to the sink. */
  public static SimulatedCardReader start(DeviceEventSink sink) {
    SimulatedCardReader reader =
        new SimulatedCardReader(Objects.requireNonNull(sink, "sink"), Clock.systemUTC());
    sink.accept(new DeviceEvent.ReaderChanged(reader.clock.instant(), READER, true));
    return reader;
  }

  /**
   * Puts a card on the reader. A card already there is taken off first, as a person would swap
   * cards.
   *
   * @param uid the card's UID, or empty for a card whose UID the reader cannot tell
   */
  public synchronized void present(Optional<CardUid> uid) {
    Objects.requireNonNull(uid, "uid");
    if (closed) {
      return;
    }
    if (cardPresent) {
      remove();
    }
    cardPresent = true;
    sink.accept(new DeviceEvent.CardPresented(clock.instant(), READER, uid, ATR));
  }

  /** Takes the card off the reader; nothing happens when there is none. */
  public synchronized void remove() {
    if (closed || !cardPresent) {
      return;
    }
    cardPresent = false;
    sink.accept(new DeviceEvent.CardRemoved(clock.instant(), READER));
  }

  @Override
  public synchronized List<String> readers() {
    return closed ? List.of() : List.of(READER);
  }

  @Override
  public DeviceHealth health() {
    return health;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "SimulatedCardReader[" + (cardPresent ? "card present" : "no card") + "]";
  }
}
