package de.buergerinfo.kiosk.devices;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the terminal's drivers send their events, and where screens subscribe to them. Listeners
 * run on the driver's thread: a screen hands the event to the FX thread itself. Each subscription
 * is ended by its owner, so a screen shown thousands of times a month never leaks listeners.
 */
public final class DeviceEvents implements DeviceEventSink {

  private static final Logger log = LoggerFactory.getLogger(DeviceEvents.class);

  private final List<Consumer<DeviceEvent>> listeners = new CopyOnWriteArrayList<>();
  private final boolean logsHealth;

  /** The drivers' hub: logs each health change once. */
  public DeviceEvents() {
    this(true);
  }

  private DeviceEvents(boolean logsHealth) {
    this.logsHealth = logsHealth;
  }

  /** A hub fed by another one, which has logged already (every health change was logged twice). */
  public static DeviceEvents forwarded() {
    return new DeviceEvents(false);
  }

  @Override
  public void accept(DeviceEvent event) {
    if (logsHealth && event instanceof DeviceEvent.HealthChanged changed) {
      // Health reasons hold no personal data; card and code events are not logged at all.
      log.info(
          "{} health {}: {}",
          changed.device().displayName(),
          changed.health().state(),
          changed.health().reason());
    }
    for (Consumer<DeviceEvent> listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        log.warn("a device event listener failed: {}", e.toString());
      }
    }
  }

  /** Calls {@code listener} with every event from now on; run the returned action to stop. */
  public Runnable subscribe(Consumer<DeviceEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** How many listeners are subscribed now (for leak tests). */
  public int listenerCount() {
    return listeners.size();
  }
}
