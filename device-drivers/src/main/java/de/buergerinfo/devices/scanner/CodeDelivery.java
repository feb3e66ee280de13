package de.buergerinfo.devices.scanner;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a scanner driver's codes to the sink: cleans each with {@link ScannedText}, logs lengths
 * only, and logs discarded input at most once a minute (a scanner at the wrong baud rate sends
 * nothing but garbage, and must not flood the log).
 */
public final class CodeDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(CodeDelivery.class);
  private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

  private final DeviceEventSink sink;
  private final String source;
  private long discards;
  private long lastDiscardLog = System.nanoTime() - LOG_INTERVAL_NANOS;

  /**
   * @param source the {@link DeviceEvent.CodeScanned#source()} of the driver
   */
  public CodeDelivery(DeviceEventSink sink, String source) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Cleans the payload and sends it; drops it when nothing is left. Returns whether it was sent.
   */
  public boolean code(String raw) {
    Optional<String> text = ScannedText.clean(raw);
    if (text.isEmpty()) {
      discarded("nothing left after cleaning", raw.length());
      return false;
    }
    LOG.debug("{} scan of {} characters", source, text.get().length());
    try {
      sink.accept(new DeviceEvent.CodeScanned(Instant.now(), text.get(), source));
    } catch (RuntimeException e) {
      LOG.warn("the event receiver failed on a scan", e);
    }
    return true;
  }

  /** Counts input thrown away; logs why and how much, at most once a minute. */
  public void discarded(String why, int amount) {
    discards++;
    long now = System.nanoTime();
    if (now - lastDiscardLog >= LOG_INTERVAL_NANOS) {
      LOG.info(
          "{} scanner: discarded input ({}, {} keys or bytes); {} discards since the last note",
          source,
          why,
          amount,
          discards);
      lastDiscardLog = now;
      discards = 0;
    }
  }
}
