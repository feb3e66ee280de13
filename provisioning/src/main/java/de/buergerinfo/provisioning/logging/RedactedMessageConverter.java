package de.buergerinfo.provisioning.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg}, redacted and on one line; used as {@code %redactedMsg} in {@link
 * OneLineLogConfigurator#PATTERN}.
 */
public final class RedactedMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return PersonalDataRedactor.redact(super.convert(event));
  }
}
