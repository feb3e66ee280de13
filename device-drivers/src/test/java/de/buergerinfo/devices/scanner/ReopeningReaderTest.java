package de.buergerinfo.devices.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reopen loop shared by the HID and serial scanners. */
class ReopeningReaderTest {

  private static final ReopenBackoff FAST =
      new ReopenBackoff(Duration.ofMillis(1), Duration.ofMillis(4));

  @Test
  void reportsEachLostDeviceAndEndsWhenReadingCannotWork() throws Exception {
    List<ReopeningReader.Outcome> script =
        List.of(
            ReopeningReader.Outcome.NOT_OPENED,
            ReopeningReader.Outcome.LOST_AFTER_DATA,
            ReopeningReader.Outcome.NOT_OPENED,
            ReopeningReader.Outcome.LOST_WITHOUT_DATA,
            ReopeningReader.Outcome.GIVE_UP);
    AtomicInteger attempts = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    CountDownLatch gaveUp = new CountDownLatch(1);
    ReopeningReader reader =
        new ReopeningReader(
            "test-reader",
            FAST,
            closed -> {
              ReopeningReader.Outcome outcome = script.get(attempts.getAndIncrement());
              if (outcome == ReopeningReader.Outcome.GIVE_UP) {
                gaveUp.countDown();
              }
              return outcome;
            },
            lost::incrementAndGet);

    reader.start();

    assertThat(gaveUp.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50);
    assertThat(attempts).hasValue(5);
    assertThat(lost).as("only opened devices are lost").hasValue(2);
    reader.close();
  }

  @Test
  void closingEndsAReadInProgressAndReportsNothingLost() throws Exception {
    List<Boolean> seenClosed = new CopyOnWriteArrayList<>();
    AtomicInteger lost = new AtomicInteger();
    CountDownLatch reading = new CountDownLatch(1);
    ReopeningReader reader =
        new ReopeningReader(
            "test-reader",
            FAST,
            closed -> {
              reading.countDown();
              while (!closed.getAsBoolean()) {
                Thread.sleep(5);
              }
              seenClosed.add(true);
              return ReopeningReader.Outcome.LOST_AFTER_DATA;
            },
            lost::incrementAndGet);
    reader.start();
    assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

    reader.close();
    reader.close();

    // close() waits for the read to end: the attempt has seen that it was closed.
    assertThat(seenClosed).containsExactly(true);
    assertThat(lost).hasValue(0);
    assertThat(reader.closed()).isTrue();
  }
}
