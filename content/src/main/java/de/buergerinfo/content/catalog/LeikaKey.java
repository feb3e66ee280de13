package de.buergerinfo.content.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A key of the German service catalogue LeiKa: 14 digits, such as {@code 99008001000000} (identity
 * card). Two digits for the issuer ({@code 99} = federal), then four groups of three.
 *
 * @param value the 14 digits
 */
public record LeikaKey(String value) {

  private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

  public LeikaKey {
    Objects.requireNonNull(value, "value");
    if (!FOURTEEN_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("a LeiKa key has exactly 14 digits, not '" + value + "'");
    }
  }

  /** The service object part without the performance detail, for grouping related keys. */
  public String serviceObject() {
    return value.substring(0, 8);
  }

  @Override
  public String toString() {
    return value;
  }
}
