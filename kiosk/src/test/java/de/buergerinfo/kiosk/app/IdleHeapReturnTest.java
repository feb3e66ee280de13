package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;

class IdleHeapReturnTest {

  /** A timer the test fires by hand. */
  private static final class Timers {
    record Timer(Duration delay, Runnable action, boolean[] cancelled) {}

    final List<Timer> started = new ArrayList<>();

    Subscription schedule(Duration delay, Runnable action) {
      Timer timer = new Timer(delay, action, new boolean[1]);
      started.add(timer);
      return () -> timer.cancelled()[0] = true;
    }

    void fireAll() {
      for (Timer timer : List.copyOf(started)) {
        if (!timer.cancelled()[0]) {
          timer.action().run();
        }
      }
    }
  }

  private final SimpleObjectProperty<ScreenId> current = new SimpleObjectProperty<>();
  private final Timers timers = new Timers();
  private final AtomicInteger collections = new AtomicInteger();

  private IdleHeapReturn watch() {
    return new IdleHeapReturn(current, timers::schedule, collections::incrementAndGet);
  }

  @Test
  void collectsOnceTheAttractScreenHasShownAWhile() {
    watch();
    current.set(ScreenId.HOME);
    current.set(ScreenId.GOODBYE);
    current.set(ScreenId.ATTRACT);

    assertThat(timers.started)
        .singleElement()
        .satisfies(t -> assertThat(t.delay()).isEqualTo(IdleHeapReturn.AFTER));
    assertThat(collections).hasValue(0);
    timers.fireAll();
    assertThat(collections).hasValue(1);
  }

  @Test
  void aCitizenWhoTouchesTheAttractScreenCancelsIt() {
    watch();
    current.set(ScreenId.ATTRACT);
    current.set(ScreenId.LANGUAGE_CHOICE);

    timers.fireAll();

    assertThat(collections).hasValue(0);
  }

  @Test
  void theAttractScreenShownAtStartUpCountsToo() {
    current.set(ScreenId.ATTRACT);
    watch();

    timers.fireAll();

    assertThat(collections).hasValue(1);
  }

  @Test
  void uninstallCancelsAWaitingCollectionAndStopsWatching() {
    IdleHeapReturn watch = watch();
    current.set(ScreenId.ATTRACT);

    watch.uninstall();
    current.set(ScreenId.HOME);
    current.set(ScreenId.ATTRACT);
    timers.fireAll();

    assertThat(timers.started).hasSize(1);
    assertThat(collections).hasValue(0);
  }
}
