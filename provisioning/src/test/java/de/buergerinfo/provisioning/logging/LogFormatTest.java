package de.buergerinfo.provisioning.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The logging set-up both applications get: one line per event, exceptions included, masked. */
class LogFormatTest {

  @Test
  void logbackFindsTheConfiguratorAndAnEventWithAMultiLineMessageAndACauseIsOneRedactedLine() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console =
        (ConsoleAppender<ILoggingEvent>) root.getAppender(OneLineLogConfigurator.APPENDER);
    assertThat(console).as("the configurator's appender is on the root logger").isNotNull();
    assertThat(console.getTarget()).isEqualTo("System.err");

    Exception failure =
        new IOException(
            "upload for erika@example.org failed\nsecond line",
            new IllegalStateException("inner\nproblem"));
    LoggingEvent event =
        new LoggingEvent(
            Logger.FQCN,
            context.getLogger("test.LogFormat"),
            Level.WARN,
            "first line\nsecond line from {}",
            failure,
            new Object[] {"erika@example.org"});
    String text = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

    assertThat(text.lines()).hasSize(1);
    assertThat(text)
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) WARN .*\\R")
        .contains("test.LogFormat - first line | second line from <e-mail>")
        .contains("exception: java.io.IOException: upload for <e-mail> failed | second line")
        .contains("caused by: java.lang.IllegalStateException: inner | problem")
        .doesNotContain("erika");
  }

  @Test
  void theRootLevelComesFromTheSystemPropertyAndLibrariesOnlyWarn() {
    Configured configured = configureWith(OneLineLogConfigurator.LEVEL_PROPERTY, "debug");

    assertThat(configured.status()).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    LoggerContext context = configured.context();
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel())
        .isEqualTo(Level.DEBUG);
    assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.h2").getEffectiveLevel()).isEqualTo(Level.WARN);
    context.stop();
  }

  @Test
  void aLevelThatIsNoLevelMeansInfo() {
    LoggerContext context = configureWith(OneLineLogConfigurator.LEVEL_PROPERTY, "loud").context();

    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel())
        .isEqualTo(Level.INFO);
    context.stop();
  }

  @Test
  void aConfigurationFileNamedByItLeavesTheSetUpToLogbacksOwnConfigurator() {
    Configured configured = configureWith("logback.configurationFile", "/etc/bis/logback.xml");

    assertThat(configured.status()).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    LoggerContext context = configured.context();
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders())
        .isExhausted();
    context.stop();
  }

  private record Configured(LoggerContext context, ExecutionStatus status) {}

  /** A fresh context set up by the configurator while {@code property} is {@code value}. */
  private static Configured configureWith(String property, String value) {
    LoggerContext context = new LoggerContext();
    String before = System.getProperty(property);
    System.setProperty(property, value);
    try {
      return new Configured(context, new OneLineLogConfigurator().configure(context));
    } finally {
      restore(property, before);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
