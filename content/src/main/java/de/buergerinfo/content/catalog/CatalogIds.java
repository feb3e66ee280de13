package de.buergerinfo.content.catalog;

import java.util.regex.Pattern;

/** Ids of catalogue entries: short, stable, safe in file names, URLs and log lines. */
final class CatalogIds {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  private CatalogIds() {}

  /** Returns {@code id}, or throws naming {@code what} if it is not a valid id. */
  static String check(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what
              + " must be 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit,"
              + " not '"
              + id
              + "'");
    }
    return id;
  }
}
