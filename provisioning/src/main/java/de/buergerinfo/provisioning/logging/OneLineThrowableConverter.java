package de.buergerinfo.provisioning.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * An exception as part of the same log line: its class, message, the first frames and its causes,
 * redacted. One event stays one line, so journald and the fleet's log pull can count and filter.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {

  private static final int FRAMES = 6;
  private static final int CAUSES = 4;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy throwable = event.getThrowableProxy();
    if (throwable == null) {
      return "";
    }
    StringBuilder line = new StringBuilder(" | exception: ");
    for (int depth = 0; throwable != null && depth < CAUSES; depth++) {
      if (depth > 0) {
        line.append(" | caused by: ");
      }
      line.append(throwable.getClassName());
      if (throwable.getMessage() != null) {
        line.append(": ").append(PersonalDataRedactor.redact(throwable.getMessage()));
      }
      StackTraceElementProxy[] frames = throwable.getStackTraceElementProxyArray();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        line.append(i == 0 ? " at " : " < ").append(frames[i].getStackTraceElement());
      }
      throwable = throwable.getCause();
    }
    return line.toString();
  }
}
