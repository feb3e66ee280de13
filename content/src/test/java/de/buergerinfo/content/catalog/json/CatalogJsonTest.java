package de.buergerinfo.content.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.SampleContent;
import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonTest {

  private static Catalog catalog;

  @BeforeAll
  static void readSample(@TempDir Path root) throws Exception {
    catalog = SampleContent.read(root);
  }

  private static <T> void roundTrips(T entry, Class<T> type) throws ContentFormatException {
    byte[] json = CatalogJson.write(entry);
    assertThat(CatalogJson.read(json, type)).isEqualTo(entry);
    assertThat(CatalogJson.write(CatalogJson.read(json, type))).as("canonical").isEqualTo(json);
  }

  @Test
  void everyKindOfEntryRoundTrips() throws Exception {
    roundTrips(catalog.service("personalausweis").orElseThrow(), Service.class);
    roundTrips(catalog.office("bsc").orElseThrow(), Office.class);
    roundTrips(catalog.lifeSituation("ausweis").orElseThrow(), LifeSituation.class);
    roundTrips(catalog.flow("f").orElseThrow(), GuidedFlow.class);
    roundTrips(catalog.announcements().getFirst(), Announcement.class);
    roundTrips(catalog.glossary().getFirst(), GlossaryConcept.class);
  }

  @Test
  void languagesAreWrittenAsTagsAndTextsAsPlainMaps() {
    String json =
        new String(
            CatalogJson.write(catalog.service("personalausweis").orElseThrow()),
            StandardCharsets.UTF_8);

    assertThat(json)
        .contains(
            "\"name\":{\"de\":\"Personalausweis\",\"de-x-easy\":\"Personal-Ausweis\",\"fa\":\"کارت شناسایی\"}")
        .contains("\"leikaKeys\":[\"99008001000000\"]")
        .contains("\"lastUpdated\":\"2026-11-20\"");
  }

  private static void refused(String json, Class<?> type, String expected) {
    assertThatThrownBy(() -> CatalogJson.read(json.getBytes(StandardCharsets.UTF_8), type))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining(expected);
  }

  @Test
  void hostileOrBrokenJsonIsRefusedByTheModelsOwnRules() {
    String service =
        new String(
            CatalogJson.write(catalog.service("personalausweis").orElseThrow()),
            StandardCharsets.UTF_8);

    refused(service.replace("99008001000000", "1"), Service.class, "14 digits");
    refused(
        service.replace("https://example.org/a?b=c", "javascript:alert(1)"),
        Service.class,
        "https://");
    refused(
        service.replace("\"id\":\"personalausweis\"", "\"id\":\"../../etc\""),
        Service.class,
        "service id");
    refused(
        service.replace("\"de-x-easy\":", "\"xx\":"), Service.class, "not one of our languages");
    refused(
        service.replace(
            "\"name\":{", "\"name\":{\"de\":\"A\",\"de\":\"B\",\"en\":\"C\",\"en\":\"D\","),
        Service.class,
        "Duplicate");
    refused(service.substring(0, service.length() / 2), Service.class, "Service JSON");
    refused(service + "{}", Service.class, "Service JSON");
    refused("{\"unknown\":1}", Office.class, "$");
    refused("[".repeat(100) + "]".repeat(100), Office.class, "Office JSON");
  }
}
