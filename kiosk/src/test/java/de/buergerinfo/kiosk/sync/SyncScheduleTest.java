package de.buergerinfo.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void whileAllIsWellItPollsAtTheInterval() {
    assertThat(SyncSchedule.delayAfter(0, MINUTE, HOUR, 0.99)).isEqualTo(MINUTE);
  }

  @Test
  void failuresDoubleTheWaitUpToTheLimitWithJitterBetweenHalfAndAll() {
    assertThat(SyncSchedule.delayAfter(1, MINUTE, HOUR, 0.0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SyncSchedule.delayAfter(1, MINUTE, HOUR, 0.999))
        .isBetween(Duration.ofSeconds(119), Duration.ofMinutes(2));
    assertThat(SyncSchedule.delayAfter(3, MINUTE, HOUR, 0.0)).isEqualTo(Duration.ofMinutes(4));
    assertThat(SyncSchedule.delayAfter(50, MINUTE, HOUR, 0.0)).isEqualTo(Duration.ofMinutes(30));
    assertThat(SyncSchedule.delayAfter(50, MINUTE, HOUR, 0.999)).isLessThanOrEqualTo(HOUR);
  }
}
