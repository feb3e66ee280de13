package de.buergerinfo.content;

import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.catalog.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small content directory with every kind of entry and every optional part filled. */
public final class SampleContent {

  private SampleContent() {}

  /** Writes the sample into {@code root} and reads it. */
  public static Catalog read(Path root) throws Exception {
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
    return ContentDirectory.read(root);
  }

  private static void write(Path root, String relative, String text) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
