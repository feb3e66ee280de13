package de.buergerinfo.content.importing.ozg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.language.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OzgImporterTest {

  @TempDir Path folder;

  @Test
  void importsTheRealOzgCatalogue() throws Exception {
    ImportReport report = OzgImporter.read(SharedData.folder("catalogue/ozg"));
    Catalog catalog = report.catalog();

    assertThat(catalog.lifeSituations()).hasSize(55);
    assertThat(catalog.services().size() + report.skipped().size()).isEqualTo(5_249);
    assertThat(catalog.services().size()).isGreaterThan(5_000);
    Service idCardLost = catalog.service("leika-99008001012003").orElseThrow();
    assertThat(idCardLost.name().in(Language.GERMAN).orElseThrow()).contains("Personalausweis");
    assertThat(idCardLost.lifeSituationIds()).hasSize(1);
    var birth =
        catalog.lifeSituations().stream()
            .filter(s -> s.name().in(Language.GERMAN).orElseThrow().equals("Geburt"))
            .findFirst()
            .orElseThrow();
    assertThat(catalog.servicesOf(birth)).extracting(Service::id).contains("leika-99041006000000");
    assertThat(report.skipped()).allMatch(line -> line.contains("appears twice"));
  }

  @Test
  void brokenRowsAreListedAndBrokenFilesRefused() throws Exception {
    Files.writeString(
        folder.resolve("situations.json"), "[{\"id\": 1, \"name\": \"Geburt\"}, {\"id\": \"x\"}]");
    Files.writeString(folder.resolve("ozg-services.json"), "[{\"id\": 7, \"situationId\": 1}]");
    Files.writeString(
        folder.resolve("leika-services.json"),
        "[{\"id\": 1, \"leikaKey\": \"99041006000000\", \"name\": \"Elterngeld\", \"ozgServiceId\": 7},"
            + " {\"id\": 2, \"leikaKey\": \"123\", \"name\": \"Kaputt\"},"
            + " {\"id\": 3, \"leikaKey\": null, \"name\": \"Ohne Schlüssel\", \"ozgServiceId\": 999}]");

    ImportReport report = OzgImporter.read(folder);

    assertThat(report.catalog().services())
        .extracting(Service::id)
        .containsExactly("leika-99041006000000", "ozg-3");
    assertThat(report.catalog().service("leika-99041006000000").orElseThrow().lifeSituationIds())
        .containsExactly("ozg-situation-1");
    assertThat(report.skipped())
        .hasSize(2)
        .anyMatch(s -> s.contains("14 digits"))
        .anyMatch(s -> s.contains("not a whole number"));

    Files.writeString(folder.resolve("leika-services.json"), "{\"not\": \"an array\"}");
    assertThatThrownBy(() -> OzgImporter.read(folder))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("must be a JSON array");
    Files.delete(folder.resolve("situations.json"));
    assertThatThrownBy(() -> OzgImporter.read(folder))
        .hasMessageContaining("situations.json does not exist");
  }
}
