package de.buergerinfo.content.importing.dldb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Form;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DldbImporterTest {

  @TempDir Path folder;

  @Test
  void importsTheRealMunichCatalogue() throws Exception {
    ImportReport report = DldbImporter.read(SharedData.folder("catalogue/munich-dldb"));
    Catalog catalog = report.catalog();

    assertThat(catalog.services()).hasSize(287);
    assertThat(catalog.offices()).hasSize(109);
    Service idCard = catalog.service("1063441").orElseThrow();
    assertThat(idCard.name().in(Language.GERMAN)).contains("Personalausweis");
    assertThat(idCard.leikaKeys()).extracting(Object::toString).containsExactly("99008001000000");
    assertThat(idCard.longText().in(Language.GERMAN).orElseThrow()).contains("Scheckkartenformat");
    assertThat(idCard.forms())
        .extracting(Form::url)
        .allMatch(url -> url.getScheme().startsWith("http"));
    assertThat(catalog.service("1063423").orElseThrow().officeIds()).contains("10546");
    assertThat(catalog.office("10546").orElseThrow().geo()).isPresent();
    // Several LeiKa keys in one field are all kept.
    assertThat(catalog.services()).anyMatch(s -> s.leikaKeys().size() == 4);
    for (Service service : catalog.services()) {
      for (LocalizedText text :
          new LocalizedText[] {
            service.name(), service.shortText(), service.longText(), service.fees()
          }) {
        text.in(Language.GERMAN)
            .ifPresent(
                t ->
                    assertThat(t)
                        .as(service.id())
                        .doesNotContain("<p", "<li", "<br", "&nbsp;", "\u200B"));
      }
      assertThat(catalog.officesOf(service)).doesNotContainNull();
    }
    assertThat(report.skipped())
        .as("nothing of the real catalogue is lost")
        .allMatch(line -> !line.contains("skipped"));
  }

  private void write(String name, String json) throws IOException {
    Files.writeString(folder.resolve(name), json);
  }

  @Test
  void toleratesTheFormatsLooseTypesAndReportsWhatItLeavesOut() throws Exception {
    write(
        "services_de.json",
        """
        {"data": [
          {"id": 1001, "name": "Wohngeld", "description": "<p>Zuschuss zur Miete.</p><p>Mehr.</p><script>alert(1)</script>",
           "leika": "99123456789000, 123, 99123456789001", "fees": false, "meta": {"keywords": "Miete, Zuschuss", "lastupdate": "2026-06-08T07:41:01"},
           "forms": [{"name": "Antrag", "link": "https://example.org/antrag", "description": false}, {"name": "böse", "link": "javascript:alert(1)"}],
           "locations": [{"location": "20", "hint": false}, {"location": "99"}], "public": true},
          {"id": "1002", "description": "<p>no name</p>"},
          {"id": "1003", "name": "Zu lang", "description": "%s"},
          "not an object"
        ], "meta": {"datacount": 3}}
        """
            .formatted("x".repeat(DldbImporter.MAX_TEXT_LENGTH + 1)));
    write(
        "locations_de.json",
        """
        {"data": [
          {"id": "20", "name": "Amt", "address": {"street": "Am Markt", "house_number": 1, "postal_code": "28195", "city": "Bremen", "hint": false},
           "geo": {"lat": "abc", "lon": "8.8"}, "contact": {"phone": "0421 1", "webinfo": ""}}
        ]}
        """);
    write("services_fr.json", "{\"data\": []}");

    ImportReport report = DldbImporter.read(folder);
    Service housing = report.catalog().service("1001").orElseThrow();

    assertThat(housing.shortText().in(Language.GERMAN)).contains("Zuschuss zur Miete.");
    assertThat(housing.longText().in(Language.GERMAN).orElseThrow())
        .isEqualTo("Zuschuss zur Miete.\n\nMehr.");
    assertThat(housing.leikaKeys()).hasSize(2);
    assertThat(housing.fees().isEmpty()).isTrue();
    assertThat(housing.keywords().get(Language.GERMAN)).containsExactly("Miete", "Zuschuss");
    assertThat(housing.forms())
        .extracting(f -> f.url().toString())
        .containsExactly("https://example.org/antrag");
    assertThat(housing.officeIds()).containsExactly("20");
    assertThat(housing.lastUpdated())
        .hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2026));
    assertThat(report.catalog().office("20").map(Office::geo)).contains(java.util.Optional.empty());
    assertThat(report.catalog().services()).extracting(Service::id).containsExactly("1001");
    assertThat(report.skipped())
        .anyMatch(s -> s.contains("LeiKa key '123'"))
        .anyMatch(s -> s.contains("location 99 is not in the locations file"))
        .anyMatch(s -> s.startsWith("service 1002 skipped") && s.contains("no name"))
        .anyMatch(s -> s.startsWith("service 1003 skipped") && s.contains("characters long"))
        .anyMatch(s -> s.contains("without id"))
        .anyMatch(s -> s.contains("location 20: geo position left out"))
        .anyMatch(s -> s.contains("services_fr.json: language fr"));
  }

  @Test
  void filesThatAreNotDldbAreRefusedClearly() throws IOException {
    assertThatThrownBy(() -> DldbImporter.read(folder))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("no services_<lang>.json");

    write("services_de.json", "{\"data\": [ {\"id\": \"1\", ");
    assertThatThrownBy(() -> DldbImporter.read(folder))
        .hasMessageContaining("services_de.json is not valid JSON at line 1");

    write("services_de.json", "[1, 2, 3]");
    assertThatThrownBy(() -> DldbImporter.read(folder))
        .hasMessageContaining("has no \"data\" array");

    write("services_de.json", "{\"data\": [" + "[".repeat(1000) + "]".repeat(1000) + "]}");
    assertThatThrownBy(() -> DldbImporter.read(folder))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not valid JSON");

    write("services_de.json", "{\"data\": [], \"data\": []}");
    assertThatThrownBy(() -> DldbImporter.read(folder)).hasMessageContaining("Duplicate field");
  }
}
