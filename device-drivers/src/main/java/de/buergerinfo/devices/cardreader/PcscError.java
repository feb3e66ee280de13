package de.buergerinfo.devices.cardreader;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PC/SC error code inside a {@code javax.smartcardio} exception. The JDK wraps its internal
 * {@code PCSCException}, whose message is the code's name ({@code SCARD_E_NO_SERVICE}); its class
 * is not exported, so the name is all we can read.
 */
final class PcscError {

  static final String NO_SERVICE = "SCARD_E_NO_SERVICE";
  static final String UNKNOWN_READER = "SCARD_E_UNKNOWN_READER";
  static final String NO_READERS = "SCARD_E_NO_READERS_AVAILABLE";

  /** Codes that mean our connection to pcscd is gone: it stopped, restarted or is not there. */
  private static final Set<String> SERVICE_GONE =
      Set.of(NO_SERVICE, "SCARD_E_SERVICE_STOPPED", "SCARD_E_NO_SERVER", "SCARD_F_COMM_ERROR");

  private static final Pattern CODE = Pattern.compile("SCARD_[EFWSP]_[A-Z_]+");
  private static final int MAX_CAUSES = 8;

  private PcscError() {}

  /** The first PC/SC code in the exception or its causes. */
  static Optional<String> code(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        var matcher = CODE.matcher(message);
        if (matcher.find()) {
          return Optional.of(matcher.group());
        }
      }
    }
    return Optional.empty();
  }

  static boolean isServiceGone(Throwable failure) {
    return code(failure).filter(SERVICE_GONE::contains).isPresent();
  }

  static boolean is(Throwable failure, String code) {
    return code(failure).filter(code::equals).isPresent();
  }

  /** What to log about a failure: its code, or its class when it has none (never card data). */
  static String describe(Throwable failure) {
    return code(failure).orElse(failure.getClass().getSimpleName());
  }
}
