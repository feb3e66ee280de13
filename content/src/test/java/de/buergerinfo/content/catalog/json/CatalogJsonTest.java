package de.buergerinfo.content.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonTest {

  private static Catalog catalog;

  /** A catalogue with every kind of entry and every optional part filled. */
  @BeforeAll
  static void readSample(@TempDir Path root) throws Exception {
    write(
        root,
        "services/personalausweis.yaml",
        """
        id: personalausweis
        leika: [99008001000000]
        name: {de: Personalausweis, de-x-easy: Personal-Ausweis, fa: کارت شناسایی}
        short: {de: Kurz}
        long: {de: Lang}
        keywords: {de: [Perso], tr: [kimlik]}
        documents:
          - {id: foto, text: {de: Foto}, hint: {de: Aktuell}, when: {verheiratet: ja}}
        prerequisites: [{de: In Bremen gemeldet}]
        fees: {de: "37,00 Euro"}
        processing-time: {de: Drei Wochen}
        forms: [{title: {de: Antrag}, url: "https://example.org/a?b=c"}]
        online-service: https://id.bund.de/
        responsibility: {de: Bürgerservice}
        offices: [bsc]
        booking: [{system: zms, id: "1"}]
        life-situations: [ausweis]
        last-updated: 2026-11-20
        note: erfunden
        """);
    write(
        root,
        "offices/bsc.yaml",
        """
        id: bsc
        name: {de: BSC}
        address: {street: Am Markt, number: "1", postal-code: "28195", city: Bremen, hint: {de: Hof}}
        geo: {lat: 53.07, lon: 8.8}
        contact: {phone: "0421 1", email: a@example.org, web: https://example.org/}
        hours: {monday: [08:00-12:00, 13:00-16:00]}
        exceptions: [{from: 2026-12-24, to: 2026-12-26, reason: {de: Weihnachten}}, {from: 2026-12-30, hours: [09:00-10:00]}]
        accessibility: {de: Aufzug}
        booking: [{system: zms, id: "2"}]
        """);
    write(
        root,
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: Ausweis}\nozg-situation: 3\n");
    write(
        root,
        "flows/f.yaml",
        """
        id: f
        title: {de: F}
        start: verheiratet
        life-situations: [ausweis]
        questions:
          - id: verheiratet
            text:
              de: Verheiratet?
            answers:
              - {id: ja, label: {de: Ja}, next: zweite}
              - {id: nein, label: {de: Nein}, result: {services: [personalausweis]}}
          - id: zweite
            text: {de: Zweite}
            answers:
              - {id: a, label: {de: A}, result: {services: [personalausweis], items: [{id: x, text: {de: X}}]}}
              - {id: b, label: {de: B}, result: {items: [{id: y, text: {de: Y}}]}}
        """);
    write(
        root,
        "announcements.yaml",
        "- {id: zu, kind: closure, offices: [bsc], title: {de: Zu}, text: {de: Heute zu}, from: 2026-12-01T00:00, until: 2026-12-01T23:59}\n");
    write(root, "glossary/g.yaml", "- {id: ausweis, terms: {de: [Ausweis, Perso], ar: [هوية]}}\n");
    catalog = ContentDirectory.read(root);
  }

  private static void write(Path root, String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
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
