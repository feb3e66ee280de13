package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.authoring.AuthoringException;
import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import de.buergerinfo.content.importing.ozg.OzgImporter;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a command takes its catalogue from: {@code dldb:DIR}, {@code ozg:DIR} or {@code
 * content:DIR} (our authoring format), read into memory without any other setup.
 *
 * @param kind dldb, ozg or content
 * @param folder the folder
 */
record CatalogueSource(String kind, Path folder) {

  static final List<String> KINDS = List.of("dldb", "ozg", "content");

  /** Reads the catalogue; {@code ImportReport.skipped} lists what was left out. */
  ImportReport read() throws ImportException, AuthoringException {
    return switch (kind) {
      case "dldb" -> DldbImporter.read(folder);
      case "ozg" -> OzgImporter.read(folder);
      default -> new ImportReport(ContentDirectory.read(folder), List.of());
    };
  }

  /** The catalogue stored in the data folder of a central server or terminal. */
  static Catalog fromStore(Path data) {
    try (ContentDatabase database = ContentDatabase.open(data)) {
      return new CatalogStore(database).load();
    }
  }

  /** {@code dldb:/path/to/folder}. */
  static final class Converter implements ITypeConverter<CatalogueSource> {
    @Override
    public CatalogueSource convert(String value) {
      int colon = value.indexOf(':');
      String kind = colon < 0 ? "" : value.substring(0, colon);
      if (!KINDS.contains(kind) || colon == value.length() - 1) {
        throw new TypeConversionException(
            "'" + value + "' is not KIND:FOLDER with KIND one of " + String.join(", ", KINDS));
      }
      return new CatalogueSource(kind, Path.of(value.substring(colon + 1)));
    }
  }
}
