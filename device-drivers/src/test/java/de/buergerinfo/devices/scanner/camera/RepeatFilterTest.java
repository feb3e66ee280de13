package de.buergerinfo.devices.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatFilterTest {

  private static final long SECOND = 1_000_000_000L;
  private final RepeatFilter filter = new RepeatFilter(2 * SECOND);

  @Test
  void aCodeInViewCountsOnceEvenForLong() {
    assertThat(filter.isNew("A-042", 0)).isTrue();
    for (long t = SECOND / 10; t < 30 * SECOND; t += SECOND / 10) {
      assertThat(filter.isNew("A-042", t)).as("at %d ns", t).isFalse();
    }
  }

  @Test
  void aCodeCountsAgainAfterItWasOutOfViewForTheHoldTime() {
    assertThat(filter.isNew("A-042", 0)).isTrue();
    assertThat(filter.isNew("A-042", SECOND)).isFalse();
    assertThat(filter.isNew("A-042", 3 * SECOND - 1)).isFalse();
    assertThat(filter.isNew("A-042", 5 * SECOND)).isTrue();
  }

  @Test
  void anotherCodeCountsAtOnceAndTheFirstCountsAgainAfterIt() {
    assertThat(filter.isNew("A-042", 0)).isTrue();
    assertThat(filter.isNew("B-117", SECOND / 10)).isTrue();
    assertThat(filter.isNew("A-042", SECOND / 5)).isTrue();
  }
}
