package de.buergerinfo.content.catalog;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Checks web addresses from content: absolute http(s) with a host, never javascript: or file:. */
final class WebAddresses {

  static final int MAX_LENGTH = 2_000;

  private WebAddresses() {}

  static URI check(URI url, String what) {
    Objects.requireNonNull(url, what);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException(
          what + " must start with https:// or http://, not '" + url + "'");
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException(what + " has no host: '" + url + "'");
    }
    if (url.toString().length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
    }
    return url;
  }
}
