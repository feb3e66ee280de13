package de.buergerinfo.provisioning.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The logging set-up of both applications, in code: one line per event on stderr, personal data
 * masked. Logback finds it through {@code META-INF/services}, so its XML configurator (about 500
 * classes and an XML parser, loaded and kept for the life of the process) never runs. A file named
 * with {@code -Dlogback.configurationFile} still takes over, for IT that wants another set-up.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class OneLineLogConfigurator extends ContextAwareBase implements Configurator {

  /** The line: ISO time with offset, level, thread, logger, redacted message, folded exception. */
  public static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{30} - %redactedMsg%oneLineEx%n";

  /** Name of the appender on the root logger. */
  public static final String APPENDER = "CONSOLE";

  /** System property with the root level (TRACE, DEBUG, INFO, WARN, ERROR); INFO if unset. */
  public static final String LEVEL_PROPERTY = "bis.logLevel";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.getInstanceConverterMap().put("redactedMsg", RedactedMessageConverter::new);
    layout.getInstanceConverterMap().put("oneLineEx", OneLineThrowableConverter::new);
    layout.setPattern(PATTERN);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName(APPENDER);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();

    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.INFO));
    root.addAppender(console);
    // Libraries that are chatty at INFO: only their warnings reach the operator.
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    context.getLogger("org.h2").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
