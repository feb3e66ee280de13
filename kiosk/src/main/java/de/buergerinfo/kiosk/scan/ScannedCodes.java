package de.buergerinfo.kiosk.scan;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.Service;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a scanned code means to the terminal. It knows two kinds of code: a LeiKa key (14
 * digits, alone or as {@code leika:KEY}) of a service, and the address of a service's online
 * service (also when the address carries a service's LeiKa key in its path or query, on a host the
 * catalogue uses). Everything else is not for this terminal. A scanned address is only ever
 * compared, never opened: a printed code can lead anywhere.
 */
public final class ScannedCodes {

  private static final Pattern LEIKA = Pattern.compile("[0-9]{14}");
  private static final Pattern PARTS = Pattern.compile("[/?&=;]");

  private ScannedCodes() {}

  /** What {@code scanned} (already cleaned by the scanner driver) leads to in {@code catalog}. */
  public static ScanTarget resolve(String scanned, Catalog catalog) {
    String text = scanned.strip();
    Optional<String> key = leikaKey(text);
    if (key.isPresent()) {
      return target(servicesWithKey(catalog, Set.of(key.get())));
    }
    return address(text)
        .map(uri -> byAddress(uri, catalog))
        .orElse(new ScanTarget.NotForThisTerminal());
  }

  private static Optional<String> leikaKey(String text) {
    String candidate =
        text.regionMatches(true, 0, "leika:", 0, 6) ? text.substring(6).strip() : text;
    return LEIKA.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
  }

  /** An http(s) address with a plain host; anything odd (user info, no host) is no address. */
  private static Optional<URI> address(String text) {
    if (text.length() > 2_000) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || uri.getHost() == null
          || uri.getRawUserInfo() != null) {
        return Optional.empty();
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static ScanTarget byAddress(URI scanned, Catalog catalog) {
    String host = host(scanned);
    String place = place(scanned);
    if (place.isEmpty()) {
      // A portal's front page names no service, though several link to it.
      return new ScanTarget.NotForThisTerminal();
    }
    List<String> exact = new ArrayList<>();
    Set<String> catalogueHosts = new HashSet<>();
    for (Service service : catalog.services()) {
      service
          .onlineService()
          .flatMap(uri -> address(uri.toString()))
          .ifPresent(
              online -> {
                catalogueHosts.add(host(online));
                if (host(online).equals(host) && place(online).equals(place)) {
                  exact.add(service.id());
                }
              });
    }
    if (!exact.isEmpty()) {
      return new ScanTarget.Services(exact);
    }
    if (!catalogueHosts.contains(host)) {
      return new ScanTarget.NotForThisTerminal();
    }
    Set<String> keys = new HashSet<>();
    for (String part : PARTS.split(place)) {
      if (LEIKA.matcher(part).matches()) {
        keys.add(part);
      }
    }
    return target(servicesWithKey(catalog, keys));
  }

  /** The host without a leading {@code www.}, in lower case. */
  private static String host(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** Path and query, without a trailing slash; the fragment never matters. */
  private static String place(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static List<String> servicesWithKey(Catalog catalog, Set<String> keys) {
    List<String> ids = new ArrayList<>();
    for (Service service : catalog.services()) {
      for (LeikaKey key : service.leikaKeys()) {
        if (keys.contains(key.value())) {
          ids.add(service.id());
          break;
        }
      }
    }
    return ids;
  }

  private static ScanTarget target(List<String> ids) {
    return ids.isEmpty() ? new ScanTarget.NotForThisTerminal() : new ScanTarget.Services(ids);
  }
}
