package de.buergerinfo.devices.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The debounce on its own, for the cases a mock pin cannot stage: edges the hardware lost. */
class StableInputTest {

  private final ManualScheduler time = new ManualScheduler();
  private final List<Boolean> changes = new CopyOnWriteArrayList<>();
  private boolean pin;
  private final StableInput input =
      new StableInput(
          time, Duration.ofMillis(50), Duration.ofMillis(500), false, () -> pin, changes::add);

  @Test
  void aLevelCountsOnlyAfterItsOwnHoldTime() {
    pin = true;
    input.sample(true);
    time.advance(Duration.ofMillis(50));
    pin = false;
    input.sample(false);
    time.advance(Duration.ofMillis(499));
    assertThat(input.active()).isTrue();
    time.advance(Duration.ofMillis(1));

    assertThat(changes).containsExactly(true, false);
    assertThat(input.active()).isFalse();
  }

  @Test
  void aLostFallingEdgeDoesNotCountAsAPress() {
    pin = true;
    input.sample(true);
    pin = false; // the release never came as an event
    time.advance(Duration.ofSeconds(1));

    assertThat(changes).isEmpty();
    assertThat(input.active()).isFalse();
  }

  @Test
  void aLostRisingEdgeIsCaughtWhenTheWaitEnds() {
    pin = true;
    input.sample(true);
    time.advance(Duration.ofMillis(50));
    pin = false;
    input.sample(false);
    time.advance(Duration.ofMillis(100));
    pin = true; // pressed again, but the event was lost: the check at 500 ms reads the pin
    time.advance(Duration.ofSeconds(1));

    assertThat(changes).containsExactly(true);
    assertThat(input.active()).isTrue();
  }

  @Test
  void stopCancelsThePendingWaitAndIgnoresLaterSamples() {
    pin = true;
    input.sample(true);
    input.stop();
    input.stop();
    input.sample(false);
    input.sample(true);
    time.advance(Duration.ofSeconds(1));

    assertThat(changes).isEmpty();
    assertThat(time.pending()).isZero();
  }
}
