package de.buergerinfo.devices.scanner.decode;

import de.buergerinfo.devices.scanner.ScannedText;
import java.util.Objects;

/**
 * A code found in a picture.
 *
 * @param text the payload after {@link ScannedText#clean}: what the terminal may use
 * @param format which kind of code it was
 * @param raw the payload exactly as decoded (for diagnostics and tests; never shown or logged)
 */
public record Decoded(String text, CodeFormat format, String raw) {

  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(raw, "raw");
  }

  @Override
  public String toString() {
    // A code may hold a case number or a name: logs see its length only.
    return "Decoded[" + format + ", " + text.length() + " chars]";
  }
}
