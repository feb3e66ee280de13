package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesUpToTheLongestAndStartsOverAfterReset() {
    var backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(10));
    backoff.reset();
    assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
  }
}
