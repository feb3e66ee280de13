package de.buergerinfo.devices;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The unique id of a contactless card, as hex. It identifies a person's library card, so it is
 * personal data: {@link #toString()} never shows it, and it is never logged.
 *
 * @param hex lower-case hex, 4 to 10 bytes (8 to 20 digits)
 */
public record CardUid(String hex) {

  private static final Pattern HEX = Pattern.compile("([0-9a-f]{2}){4,10}");

  public CardUid {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a card UID is 4 to 10 bytes of lower-case hex");
    }
  }

  /** The UID from the bytes a reader returned (without the status word). */
  public static CardUid of(byte[] bytes) {
    return new CardUid(HexFormat.of().formatHex(bytes));
  }

  @Override
  public String toString() {
    return "CardUid[" + hex.length() / 2 + " bytes, not shown]";
  }
}
