package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.importing.ozg.OzgImporter;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.ReceivedContent;
import de.buergerinfo.provisioning.central.CentralServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Full and delta sync of the OZG/LeiKa catalogue (about 5,000 services) from a real central server
 * on loopback into a terminal's H2 store, as the kiosk does it: bytes, seconds and apply time,
 * median of {@code ROUNDS} fresh runs. Run by {@code ./mvnw -Pbench -pl kiosk verify}.
 */
public final class SyncBenchmark {

  private static final int ROUNDS = 5;

  private SyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    String shared = System.getProperty("bis.sharedData", "");
    if (shared.isBlank()) {
      throw new IllegalStateException("run with -Dbis.sharedData=<path to shared/data>");
    }
    Catalog ozg = OzgImporter.read(Path.of(shared, "catalogue/ozg")).catalog();
    Catalog changed = changeOnePercent(ozg);
    List<SyncResult.Applied> full = new ArrayList<>();
    List<SyncResult.Applied> delta = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Path folder = Files.createTempDirectory("bis-sync-bench");
      try (CentralServer central =
              CentralServer.start(
                  new CentralServer.Settings(
                      "127.0.0.1", 0, folder.resolve("central"), 1_000_000));
          ContentDatabase terminal = ContentDatabase.open(folder.resolve("terminal"));
          HttpContentSource source =
              HttpContentSource.start(
                  central.baseUri(), TrustedKeys.of(List.of(central.signingKey().publicKey())));
          ContentSync sync =
              new ContentSync(
                  source,
                  new ReceivedContent(terminal),
                  Clock.systemUTC(),
                  ContentSync.Limits.defaults())) {
        BundlePublisher publisher =
            new BundlePublisher(central.database(), List.of(central.signingKey()));
        publisher.publish(CatalogObjects.of(ozg), Instant.now(), Duration.ofDays(30));
        full.add((SyncResult.Applied) sync.syncOnce());
        publisher.publish(CatalogObjects.of(changed), Instant.now(), Duration.ofDays(30));
        delta.add((SyncResult.Applied) sync.syncOnce());
      } finally {
        delete(folder);
      }
    }
    SyncResult.Applied f = median(full);
    SyncResult.Applied d = median(delta);
    long fullBytes = f.bytesDownloaded() + f.manifestBytes();
    long deltaBytes = d.bytesDownloaded() + d.manifestBytes();
    System.out.printf(
        Locale.ROOT,
        "sync ozg (%d services), median of %d rounds%n"
            + "  full sync:  %d objects, %d bytes of objects + %d bytes manifest = %d bytes, %.2f s"
            + " (apply %.2f s)%n"
            + "  1%% delta:   %d objects, %d bytes of objects + %d bytes manifest delta = %d bytes"
            + " (%.1f%% of the full sync), %.3f s (apply %.2f s)%n",
        ozg.services().size(),
        ROUNDS,
        f.objectsDownloaded(),
        f.bytesDownloaded(),
        f.manifestBytes(),
        fullBytes,
        f.took().toMillis() / 1000.0,
        f.applyTook().toMillis() / 1000.0,
        d.objectsDownloaded(),
        d.bytesDownloaded(),
        d.manifestBytes(),
        deltaBytes,
        100.0 * deltaBytes / fullBytes,
        d.took().toMillis() / 1000.0,
        d.applyTook().toMillis() / 1000.0);
  }

  /** Every hundredth service gets a changed German name. */
  private static Catalog changeOnePercent(Catalog catalog) throws Exception {
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < catalog.services().size(); i++) {
      Service s = catalog.services().get(i);
      services.add(
          i % 100 == 0
              ? s.withName(
                  s.name()
                      .with(Language.GERMAN, s.name().in(Language.GERMAN).orElse("") + " (neu)"))
              : s);
    }
    return Catalog.of(
        services,
        catalog.offices(),
        catalog.lifeSituations(),
        catalog.flows(),
        catalog.announcements(),
        catalog.glossary());
  }

  private static SyncResult.Applied median(List<SyncResult.Applied> runs) {
    List<SyncResult.Applied> sorted =
        runs.stream().sorted(Comparator.comparing(SyncResult.Applied::took)).toList();
    return sorted.get(sorted.size() / 2);
  }

  private static void delete(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
