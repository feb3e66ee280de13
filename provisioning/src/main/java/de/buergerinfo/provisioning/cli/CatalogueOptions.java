package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.authoring.AuthoringException;
import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.search.ServiceIndex;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that search a catalogue: which catalogue, and the glossary. */
final class CatalogueOptions {

  @Option(
      names = "--catalogue",
      paramLabel = "KIND:DIR",
      converter = CatalogueSource.Converter.class,
      description = "Catalogue to search, imported in memory: dldb:DIR, ozg:DIR or content:DIR.")
  CatalogueSource catalogue;

  @Option(names = "--no-glossary", description = "Search without our multilingual glossary.")
  boolean noGlossary;

  @Option(
      names = "--glossary",
      paramLabel = "DIR",
      description =
          "Use the glossary/*.yaml files of this content folder instead of the built-in"
              + " glossary (to try glossary edits before they are published).")
  Path glossaryFolder;

  /**
   * The search index over {@code catalog}, with the catalogue's own glossary or else our built-in
   * one; --glossary DIR replaces it, --no-glossary leaves it out.
   */
  ServiceIndex index(Catalog catalog) throws AuthoringException {
    if (noGlossary && glossaryFolder != null) {
      throw new CommandLines.UsageException("give --glossary or --no-glossary, not both");
    }
    List<GlossaryConcept> glossary;
    if (noGlossary) {
      glossary = List.of();
    } else if (glossaryFolder != null) {
      glossary = ContentDirectory.readGlossary(glossaryFolder);
    } else if (!catalog.glossary().isEmpty()) {
      // A content: catalogue brings its own glossary; imported catalogues have none.
      glossary = catalog.glossary();
    } else {
      glossary = BremenContent.load().glossary();
    }
    return ServiceIndex.build(catalog, glossary);
  }
}
