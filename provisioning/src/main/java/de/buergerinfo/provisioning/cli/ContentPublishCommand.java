package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.authoring.AuthoringException;
import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.PublishedContent;
import de.buergerinfo.provisioning.central.CentralServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bis content publish}: builds the next signed bundle in a central server's data folder from
 * our authoring directory and imported catalogues. Run it while that server is stopped (the
 * database is one process's at a time); terminals fetch the new version at their next poll.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Publish the next signed content bundle into a central server's data folder.")
public final class ContentPublishCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "Our authoring directory (services, offices, flows, glossary).")
  Path content;

  @Option(names = "--dldb", paramLabel = "DIR", description = "A DLDB catalogue to include.")
  Path dldb;

  @Option(names = "--ozg", paramLabel = "DIR", description = "The OZG catalogue to include.")
  Path ozg;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      converter = CentralCommand.DataFolderConverter.class,
      description = "The central server's data folder (database and signing key).")
  Path data;

  @Option(
      names = "--valid-for",
      paramLabel = "DAYS",
      defaultValue = "30",
      converter = DaysConverter.class,
      description =
          "Days until terminals refuse the bundle unless a newer one comes (default:"
              + " ${DEFAULT-VALUE}).")
  Duration validFor;

  @Override
  public Integer call() throws Exception {
    List<CatalogueSource> sources = new ArrayList<>();
    if (content != null) {
      sources.add(new CatalogueSource("content", content));
    }
    if (dldb != null) {
      sources.add(new CatalogueSource("dldb", dldb));
    }
    if (ozg != null) {
      sources.add(new CatalogueSource("ozg", ozg));
    }
    if (sources.isEmpty()) {
      throw new CommandLines.UsageException("give at least one of --content, --dldb, --ozg");
    }
    List<Catalog> catalogs = new ArrayList<>();
    for (CatalogueSource source : sources) {
      catalogs.add(source.read().catalog());
    }
    Catalog catalog = Catalog.merge(catalogs);
    SigningKey key = SigningKey.loadOrCreate(data.resolve(CentralServer.SIGNING_KEY_FILE));
    PrintWriter out = spec.commandLine().getOut();
    try (ContentDatabase database = ContentDatabase.open(data)) {
      // The central server's own store holds what it publishes, for `bis content search --data`.
      new CatalogStore(database).replace(catalog);
      Manifest before = new PublishedContent(database).currentManifest();
      Optional<Manifest> published =
          new BundlePublisher(database, List.of(key))
              .publishIfChanged(objects(catalog), Instant.now(), validFor, Duration.ofDays(1));
      if (published.isEmpty()) {
        out.printf("unchanged: version %d already holds this content%n", before.version());
      } else {
        Manifest manifest = published.get();
        long added = manifest.objects().stream().filter(e -> !before.objects().contains(e)).count();
        out.printf(
            "published version %d: %d objects (%d new or changed, %d bytes in all), valid until %s%n",
            manifest.version(),
            manifest.objects().size(),
            added,
            manifest.totalSize(),
            manifest.expires());
      }
    }
    out.flush();
    return 0;
  }

  /** The catalogue's entries and the content directory's media files. */
  private List<BundleObject> objects(Catalog catalog) throws AuthoringException {
    List<BundleObject> objects = new ArrayList<>(CatalogObjects.of(catalog));
    if (content != null) {
      objects.addAll(ContentDirectory.media(content));
    }
    return objects;
  }

  /** A whole number of days from 1 to 366. */
  static final class DaysConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        int days = Integer.parseInt(value.strip());
        if (days >= 1 && days <= 366) {
          return Duration.ofDays(days);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a number of days from 1 to 366");
    }
  }
}
