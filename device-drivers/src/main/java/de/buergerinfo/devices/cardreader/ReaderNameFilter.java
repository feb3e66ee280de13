package de.buergerinfo.devices.cardreader;

import java.util.Locale;
import java.util.Objects;

/**
 * Which PC/SC readers a driver uses: {@code *} takes every reader, anything else the readers whose
 * name contains it, ignoring case ({@code pcsc:ACR122U} matches "ACS ACR122U PICC Interface 00
 * 00").
 *
 * @param target the target of a {@code pcsc:} address
 */
public record ReaderNameFilter(String target) {

  public static final String ANY = "*";

  public ReaderNameFilter {
    Objects.requireNonNull(target, "target");
    if (target.isEmpty()) {
      throw new IllegalArgumentException("a reader filter is * or a part of the reader's name");
    }
  }

  public boolean matches(String readerName) {
    return target.equals(ANY)
        || readerName.toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT));
  }
}
