package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UncaughtErrorsTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(UncaughtErrors.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Thread.UncaughtExceptionHandler previous;

  @BeforeEach
  void capture() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void restore() {
    logger.detachAppender(logged);
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }

  @Test
  void anErrorNobodyCaughtIsLoggedWithItsThreadAndStack() throws InterruptedException {
    UncaughtErrors.logEverywhere();
    Thread failing =
        Thread.ofPlatform()
            .name("printer-check")
            .start(
                () -> {
                  throw new IllegalStateException("paper sensor gave 0x7f");
                });
    failing.join();

    assertThat(logged.list).hasSize(1);
    ILoggingEvent event = logged.list.getFirst();
    assertThat(event.getLevel()).isEqualTo(Level.ERROR);
    assertThat(event.getFormattedMessage()).contains("printer-check");
    assertThat(event.getThrowableProxy().getMessage()).isEqualTo("paper sensor gave 0x7f");
  }
}
