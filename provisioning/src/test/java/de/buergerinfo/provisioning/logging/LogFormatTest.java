package de.buergerinfo.provisioning.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The real logback.xml: one line per event, exceptions included, personal data masked. */
class LogFormatTest {

  @Test
  void anEventWithAMultiLineMessageAndACauseIsOneRedactedLine() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    assertThat(console).as("logback.xml defines the CONSOLE appender").isNotNull();

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
    encoder.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> capture = new OutputStreamAppender<>();
    capture.setContext(context);
    capture.setEncoder(encoder);
    capture.setOutputStream(out);
    capture.start();
    Logger logger = context.getLogger("test.LogFormat");
    logger.setAdditive(false);
    logger.addAppender(capture);
    try {
      Exception failure =
          new IOException(
              "upload for erika@example.org failed\nsecond line",
              new IllegalStateException("inner\nproblem"));
      logger.warn("first line\nsecond line from erika@example.org", failure);
    } finally {
      logger.detachAppender(capture);
      capture.stop();
    }

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(1);
    assertThat(text)
        .contains("WARN")
        .contains("first line | second line from <e-mail>")
        .contains("exception: java.io.IOException: upload for <e-mail> failed | second line")
        .contains("caused by: java.lang.IllegalStateException: inner | problem")
        .doesNotContain("erika");
  }
}
