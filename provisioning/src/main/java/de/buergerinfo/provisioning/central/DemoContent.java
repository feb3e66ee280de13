package de.buergerinfo.provisioning.central;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.CatalogStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Our built-in Bremen content, published by a running central server itself: what {@code bis
 * central --demo} and the kiosk's embedded default serve. Terminals get it over HTTP like any other
 * bundle.
 */
public final class DemoContent {

  /** How long a demo bundle is valid. */
  static final Duration VALIDITY = Duration.ofDays(30);

  /** A demo bundle this close to expiring is renewed at the next start. */
  static final Duration RENEW_BEFORE = Duration.ofDays(7);

  private DemoContent() {}

  /**
   * Publishes the built-in content unless the newest bundle already holds it and stays valid.
   *
   * @return the new manifest, or empty when the server already serves this content
   */
  public static Optional<Manifest> publish(CentralServer server, Instant now) {
    Catalog catalog = BremenContent.load();
    Optional<Manifest> published =
        new BundlePublisher(server.database(), List.of(server.signingKey()))
            .publishIfChanged(CatalogObjects.of(catalog), now, VALIDITY, RENEW_BEFORE);
    if (published.isPresent()) {
      new CatalogStore(server.database()).replace(catalog);
    }
    return published;
  }
}
