package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.fail;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A sink that keeps every event and lets a test wait for the next one of a kind, in order. */
final class EventRecorder implements DeviceEventSink {

  private final BlockingQueue<DeviceEvent> pending = new LinkedBlockingQueue<>();
  private final List<DeviceEvent> all = new CopyOnWriteArrayList<>();
  private final List<DeviceEvent> passed = new CopyOnWriteArrayList<>();

  @Override
  public void accept(DeviceEvent event) {
    all.add(event);
    pending.add(event);
  }

  List<DeviceEvent> all() {
    return List.copyOf(all);
  }

  /** Events that {@link #await} went past since the last call, without the one it returned. */
  List<DeviceEvent> passed() {
    return List.copyOf(passed);
  }

  /** Waits for the next event of the type that matches; events before it are passed over. */
  <T extends DeviceEvent> T await(Class<T> type, Predicate<T> matching, Duration timeout)
      throws InterruptedException {
    passed.clear();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      DeviceEvent event = left > 0 ? pending.poll(left, TimeUnit.NANOSECONDS) : null;
      if (event == null) {
        List<DeviceEvent> seen = List.copyOf(all);
        return fail(
            "no matching %s within %s; the last of %d events: %s",
            type.getSimpleName(),
            timeout,
            seen.size(),
            seen.subList(Math.max(0, seen.size() - 12), seen.size()));
      }
      if (type.isInstance(event) && matching.test(type.cast(event))) {
        return type.cast(event);
      }
      passed.add(event);
    }
  }

  <T extends DeviceEvent> T await(Class<T> type, Duration timeout) throws InterruptedException {
    return await(type, event -> true, timeout);
  }

  DeviceEvent.HealthChanged awaitHealth(DeviceHealth health, Duration timeout)
      throws InterruptedException {
    return await(DeviceEvent.HealthChanged.class, e -> e.health().equals(health), timeout);
  }

  DeviceEvent.HealthChanged awaitHealth(DeviceHealth.State state, Duration timeout)
      throws InterruptedException {
    return await(DeviceEvent.HealthChanged.class, e -> e.health().state() == state, timeout);
  }
}
