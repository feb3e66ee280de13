package de.buergerinfo.kiosk.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what any thread of the kiosk throws and nobody catches, the JavaFX thread included. By
 * default Java prints such errors to standard error only, which nobody reads on a terminal that
 * runs for months; in the log they reach the fleet's view of the terminal.
 */
final class UncaughtErrors {

  private static final Logger log = LoggerFactory.getLogger(UncaughtErrors.class);

  private UncaughtErrors() {}

  /** Makes {@link #log} the handler of every thread that has none of its own. */
  static void logEverywhere() {
    Thread.setDefaultUncaughtExceptionHandler(UncaughtErrors::log);
  }

  static void log(Thread thread, Throwable error) {
    log.error("uncaught error on thread {}; the kiosk goes on", thread.getName(), error);
  }
}
