package de.buergerinfo.devices.scanner;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A scanner driver's health: remembers the last one and tells the sink only when it changes. */
public final class ScannerHealth {

  private static final Logger LOG = LoggerFactory.getLogger(ScannerHealth.class);

  private final AtomicReference<DeviceHealth> current;
  private final DeviceEventSink sink;

  public ScannerHealth(DeviceHealth initial, DeviceEventSink sink) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  public DeviceHealth get() {
    return current.get();
  }

  /** Sets the health; sends a {@link DeviceEvent.HealthChanged} when it differs from the last. */
  public void set(DeviceHealth health) {
    DeviceHealth before = current.getAndSet(health);
    if (!before.equals(health)) {
      try {
        sink.accept(new DeviceEvent.HealthChanged(DeviceKind.SCANNER, Instant.now(), health));
      } catch (RuntimeException e) {
        // A faulty receiver must not stop the driver's thread.
        LOG.warn("the event receiver failed on a health change", e);
      }
    }
  }

  public static DeviceHealth error(String reason) {
    return new DeviceHealth(DeviceHealth.State.ERROR, reason);
  }

  public static DeviceHealth warning(String reason) {
    return new DeviceHealth(DeviceHealth.State.WARNING, reason);
  }
}
