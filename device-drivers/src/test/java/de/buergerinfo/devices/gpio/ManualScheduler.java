package de.buergerinfo.devices.gpio;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A {@link GpioScheduler} whose time moves only when a test calls {@link #advance}. */
final class ManualScheduler implements GpioScheduler {

  private record Task(Instant due, long order, Runnable run, boolean[] cancelled) {}

  private final PriorityQueue<Task> queue =
      new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::order));
  private Instant now = Instant.parse("2026-11-02T08:00:00Z");
  private long order;
  private boolean closed;

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized Scheduled after(Duration delay, Runnable task) {
    if (closed) {
      return Scheduled.NONE;
    }
    boolean[] cancelled = {false};
    queue.add(new Task(now.plus(delay), order++, task, cancelled));
    return () -> cancelled[0] = true;
  }

  /** Moves time on by {@code step}, running each task due on the way at its own instant. */
  void advance(Duration step) {
    Instant end;
    synchronized (this) {
      end = now.plus(step);
    }
    while (true) {
      Task next;
      synchronized (this) {
        Task head = queue.peek();
        if (closed || head == null || head.due().isAfter(end)) {
          now = end;
          return;
        }
        next = queue.poll();
        now = next.due();
      }
      if (!next.cancelled()[0]) {
        next.run().run();
      }
    }
  }

  /** Tasks waiting and not cancelled: zero once nothing blinks or waits to debounce. */
  synchronized long pending() {
    return queue.stream().filter(t -> !t.cancelled()[0]).count();
  }

  synchronized boolean closed() {
    return closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
    queue.clear();
  }
}
