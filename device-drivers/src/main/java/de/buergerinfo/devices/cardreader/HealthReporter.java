package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds a driver's health and tells the sink when, and only when, it changes. */
final class HealthReporter {

  private static final Logger LOG = LoggerFactory.getLogger(HealthReporter.class);

  private final DeviceKind kind;
  private final DeviceEventSink sink;
  private final Clock clock;
  private final AtomicReference<DeviceHealth> current;

  HealthReporter(DeviceKind kind, DeviceEventSink sink, Clock clock, DeviceHealth initial) {
    this.kind = kind;
    this.sink = sink;
    this.clock = clock;
    this.current = new AtomicReference<>(initial);
  }

  DeviceHealth get() {
    return current.get();
  }

  /** Records the health; sends {@link DeviceEvent.HealthChanged} if it differs from before. */
  void set(DeviceHealth health) {
    DeviceHealth before = current.getAndSet(health);
    if (!health.equals(before)) {
      LOG.info("{} health: {} ({})", kind.displayName(), health.state(), health.reason());
      sink.accept(new DeviceEvent.HealthChanged(kind, clock.instant(), health));
    }
  }
}
