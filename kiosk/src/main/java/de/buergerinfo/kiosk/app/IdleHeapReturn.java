package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the heap a visit grew back to the system once the attract screen has shown for a while.
 *
 * <p>The serial collector grows the heap while a citizen uses the terminal and shrinks it only
 * after a full collection, which it rarely needs while it can still grow. Between visits nobody
 * watches the screen, so a full collection there costs nothing a person notices, and the terminal
 * goes back to its small size until the next citizen arrives (docs/PERFORMANCE.md, "Memory"). The
 * native memory freed with it goes back at once too ({@link NativeHeapTrim}).
 */
public final class IdleHeapReturn {

  private static final Logger log = LoggerFactory.getLogger(IdleHeapReturn.class);

  /** Long enough that a citizen who touches the attract screen at once never waits for it. */
  static final Duration AFTER = Duration.ofSeconds(5);

  private final Subscription watching;
  private Subscription pending = Subscription.EMPTY;

  /**
   * Starts watching the screen on display.
   *
   * @param schedule runs an action after a delay, on the JavaFX thread; the returned subscription
   *     cancels it
   * @param collect the full collection
   */
  IdleHeapReturn(
      ObservableValue<ScreenId> current,
      BiFunction<Duration, Runnable, Subscription> schedule,
      Runnable collect) {
    Objects.requireNonNull(schedule);
    Objects.requireNonNull(collect);
    watching =
        current.subscribe(
            screen -> {
              pending.unsubscribe();
              pending = Subscription.EMPTY;
              if (screen == ScreenId.ATTRACT) {
                pending = schedule.apply(AFTER, collect);
              }
            });
  }

  /** Watches the terminal's screens with a JavaFX timer and the JVM's own full collection. */
  public static IdleHeapReturn install(ObservableValue<ScreenId> current) {
    return new IdleHeapReturn(current, IdleHeapReturn::later, IdleHeapReturn::collectInBackground);
  }

  /** Stops watching and cancels a collection that is waiting. */
  public void uninstall() {
    watching.unsubscribe();
    pending.unsubscribe();
  }

  private static Subscription later(Duration delay, Runnable action) {
    PauseTransition timer = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
    timer.setOnFinished(e -> action.run());
    timer.play();
    return timer::stop;
  }

  /**
   * The collection stops every thread anyway; started from its own thread, it leaves the JavaFX
   * thread free to take a touch the moment it ends.
   */
  private static void collectInBackground() {
    Thread.ofPlatform()
        .daemon()
        .name("idle-heap-return")
        .start(
            () -> {
              long before = Runtime.getRuntime().totalMemory();
              System.gc();
              // The collection freed native memory too (JavaFX's text layout, the JIT's work):
              // give it back now rather than at the JVM's next periodic trim.
              boolean nativeReturned = NativeHeapTrim.trim();
              log.debug(
                  "heap returned between visits: {} MB -> {} MB; native memory returned: {}",
                  before >> 20,
                  Runtime.getRuntime().totalMemory() >> 20,
                  nativeReturned);
            });
  }
}
