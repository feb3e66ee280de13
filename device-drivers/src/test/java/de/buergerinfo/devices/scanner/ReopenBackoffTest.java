package de.buergerinfo.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Waits between reopen attempts. */
class ReopenBackoffTest {

  @Test
  void doublesFromTheFirstWaitUpToTheCeiling() {
    ReopenBackoff backoff = ReopenBackoff.DEFAULT;
    long[] millis = new long[8];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = backoff.delay(i + 1).toMillis();
    }
    assertThat(millis).containsExactly(250, 500, 1000, 2000, 4000, 5000, 5000, 5000);
    assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void rejectsAZeroFirstWaitOrACeilingBelowIt() {
    assertThatThrownBy(() -> new ReopenBackoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReopenBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
