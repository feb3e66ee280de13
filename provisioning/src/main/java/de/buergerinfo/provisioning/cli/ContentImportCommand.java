package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bis content import}: replaces the catalogue in a data folder by an imported one. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Import a catalogue into the store of a data folder (replacing what is there).")
public final class ContentImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** Exactly one source. */
  static final class Source {
    @Option(
        names = "--dldb",
        paramLabel = "DIR",
        description = "DLDB folder (services_de.json, locations_de.json).")
    Path dldb;

    @Option(names = "--ozg", paramLabel = "DIR", description = "OZG catalogue folder.")
    Path ozg;

    @Option(names = "--content", paramLabel = "DIR", description = "Our authoring directory.")
    Path content;

    CatalogueSource catalogue() {
      if (dldb != null) {
        return new CatalogueSource("dldb", dldb);
      }
      return ozg != null
          ? new CatalogueSource("ozg", ozg)
          : new CatalogueSource("content", content);
    }
  }

  @Option(
      names = "--data",
      paramLabel = "DIR",
      required = true,
      converter = CentralCommand.DataFolderConverter.class,
      description = "Data folder whose store receives the catalogue.")
  Path data;

  @Override
  public Integer call() throws Exception {
    ImportReport report = source.catalogue().read();
    Catalog catalog = report.catalog();
    try (ContentDatabase database = ContentDatabase.open(data)) {
      new CatalogStore(database).replace(catalog);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "imported %d services, %d offices, %d life situations, %d flows, %d glossary concepts into %s%n",
        catalog.services().size(),
        catalog.offices().size(),
        catalog.lifeSituations().size(),
        catalog.flows().size(),
        catalog.glossary().size(),
        data);
    out.printf(
        "%d item(s) left out%s%n", report.skipped().size(), report.skipped().isEmpty() ? "" : ":");
    report.skipped().forEach(line -> out.println("  " + line));
    out.flush();
    return 0;
  }
}
