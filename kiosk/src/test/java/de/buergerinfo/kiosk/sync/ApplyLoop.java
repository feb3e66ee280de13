package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.ReceivedContent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A terminal that applies one new content version after another into its H2 store, for {@code
 * ApplyKillTest} to kill at a random moment. Every service of version V is named "... vV", so the
 * test can tell whether the store mixes versions.
 */
public final class ApplyLoop {

  static final int SERVICES = 1_000;

  private ApplyLoop() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("check")) {
      check(Path.of(args[0]));
      return;
    }
    SigningKey key = SigningKey.generate();
    try (ContentDatabase database = ContentDatabase.open(Path.of(args[0]))) {
      ReceivedContent local = new ReceivedContent(database);
      System.out.println("ready");
      System.out.flush();
      while (true) {
        long version = local.appliedManifest().version() + 1;
        Catalog catalog = catalog(version);
        List<BundleObject> objects = CatalogObjects.of(catalog);
        for (BundleObject object : objects) {
          local.keep(object.entry(), object.bytes());
        }
        Manifest manifest =
            new Manifest(
                version,
                Instant.now(),
                Instant.now().plusSeconds(3600),
                objects.stream()
                    .map(BundleObject::entry)
                    .sorted(java.util.Comparator.comparing(e -> e.path()))
                    .toList());
        local.apply(manifest, SignedManifest.sign(manifest, List.of(key)).toJson(), catalog);
        System.out.println("applied " + version);
        System.out.flush();
      }
    }
  }

  /**
   * Prints {@code checked VERSION OBJECTS SERVICES CONSISTENT}: whether every stored service
   * belongs to the applied version. Run as its own process, like a terminal restarting.
   */
  static void check(Path folder) {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      Manifest applied = new ReceivedContent(database).appliedManifest();
      List<de.buergerinfo.content.catalog.Service> services =
          new de.buergerinfo.content.store.CatalogStore(database).load().services();
      boolean consistent =
          services.stream()
              .allMatch(
                  s -> s.name().in(Language.GERMAN).orElse("").endsWith(" v" + applied.version()));
      System.out.println(
          "checked "
              + applied.version()
              + " "
              + applied.objects().size()
              + " "
              + services.size()
              + " "
              + consistent);
    }
  }

  static Catalog catalog(long version) throws Exception {
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < SERVICES; i++) {
      services.add(
          new Service(
              "s" + i,
              List.of(),
              LocalizedText.of(Language.GERMAN, "Dienst " + i + " v" + version),
              LocalizedText.of(Language.GERMAN, "Kurz " + i),
              LocalizedText.empty(),
              Map.of(),
              List.of(),
              List.of(),
              LocalizedText.empty(),
              LocalizedText.empty(),
              List.of(),
              Optional.empty(),
              LocalizedText.empty(),
              List.of(),
              List.of(),
              List.of(),
              Optional.empty(),
              ""));
    }
    return Catalog.of(services, List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
