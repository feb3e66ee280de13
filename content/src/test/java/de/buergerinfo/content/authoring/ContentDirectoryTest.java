package de.buergerinfo.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.FlowAnswers;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentDirectoryTest {

  @TempDir Path root;

  private static final String SERVICE =
      """
      id: personalausweis
      leika: [99008001000000]
      name:
        de: Personalausweis beantragen
        en: Apply for an identity card
        fa: درخواست کارت شناسایی
      short:
        de: Den Personalausweis gibt es im Bürgerservice.
      keywords:
        de: [Perso, Ausweis]
        tr: [kimlik]
      documents:
        - id: foto
          text: {de: Ein biometrisches Passfoto, en: A biometric photo}
        - id: heiratsurkunde
          text: {de: Heiratsurkunde}
          when: {verheiratet: ja}
      fees: {de: "37,00 Euro"}
      forms:
        - title: {de: Antrag}
          url: https://www.service.bremen.de/antrag
      online-service: https://id.bund.de/
      offices: [bsc-mitte]
      booking:
        - {system: zms, id: "1063423"}
      life-situations: [ausweis]
      last-updated: 2026-11-20
      note: Gebühren erfunden
      """;

  private static final String OFFICE =
      """
      id: bsc-mitte
      name: {de: BürgerServiceCenter Mitte}
      address:
        street: Pelzerstraße
        number: "40"
        postal-code: "28195"
        city: Bremen
      geo: {lat: 53.0771, lon: 8.8072}
      contact: {phone: "0421 361-0", web: https://www.buergerservice.bremen.de/}
      hours:
        monday: [08:00-12:00, 13:00-16:00]
        thursday: 10:00-18:00
      exceptions:
        - {from: 2026-12-24, to: 2026-12-26, reason: {de: Weihnachten}}
      accessibility: {de: Stufenloser Zugang}
      """;

  private static final String FLOW =
      """
      id: ausweis-verloren
      title: {de: Ausweis verloren}
      start: verheiratet
      life-situations: [ausweis]
      questions:
        - id: verheiratet
          text:
            de: Sind Sie verheiratet?
          answers:
            - id: ja
              label: {de: Ja}
              result: {services: [personalausweis]}
            - id: nein
              label: {de: Nein}
              result:
                services: [personalausweis]
                items:
                  - {id: verlustanzeige, text: {de: Verlustanzeige der Polizei}}
      """;

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @BeforeEach
  void aSmallValidDirectory() throws IOException {
    write("services/personalausweis.yaml", SERVICE);
    write("offices/bsc-mitte.yaml", OFFICE);
    write(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: Ausweis und Pass}\nozg-situation: 42\n");
    write("flows/ausweis-verloren.yaml", FLOW);
    write(
        "announcements.yaml",
        """
        - id: mitte-zu
          kind: closure
          offices: [bsc-mitte]
          title: {de: Heute geschlossen}
          from: 2026-12-01T00:00
          until: 2026-12-01T23:59
        """);
    write(
        "glossary/dokumente.yaml",
        """
        - id: identity-card
          terms: {de: [Personalausweis, Perso], tr: [kimlik kartı], ar: [بطاقة الهوية]}
        """);
    write("README.md", "Our content.");
  }

  @Test
  void readsEveryKindOfEntry() throws Exception {
    Catalog catalog = ContentDirectory.read(root);
    Service service = catalog.service("personalausweis").orElseThrow();

    assertThat(service.name().resolve(Language.PERSIAN).orElseThrow().text())
        .isEqualTo("درخواست کارت شناسایی");
    assertThat(service.name().resolve(Language.TURKISH).orElseThrow().isFallback()).isTrue();
    assertThat(service.leikaKeys()).extracting(Object::toString).containsExactly("99008001000000");
    assertThat(service.keywords().get(Language.GERMAN)).containsExactly("Perso", "Ausweis");
    assertThat(service.forms()).hasSize(1);
    assertThat(service.editorialNote()).isEqualTo("Gebühren erfunden");
    assertThat(service.documentsFor(FlowAnswers.none())).hasSize(1);
    var office = catalog.office("bsc-mitte").orElseThrow();
    assertThat(office.openingHours().stateAt(LocalDateTime.of(2026, 11, 26, 17, 0)))
        .isEqualTo(new OpeningState.Open(LocalTime.of(18, 0)));
    assertThat(office.openingHours().on(java.time.LocalDate.of(2026, 12, 24))).isEmpty();
    assertThat(office.address().oneLine()).isEqualTo("Pelzerstraße 40, 28195 Bremen");
    assertThat(catalog.lifeSituation("ausweis").orElseThrow().ozgSituationId()).contains(42);
    var checklist =
        catalog.checklistFor(
            catalog.flow("ausweis-verloren").orElseThrow(),
            FlowAnswers.none().with("verheiratet", "ja"));
    assertThat(checklist.orElseThrow().items())
        .extracting(i -> i.id())
        .containsExactly("foto", "heiratsurkunde");
    assertThat(catalog.announcements()).hasSize(1);
    assertThat(catalog.glossary().getFirst().termsIn(Language.ARABIC))
        .containsExactly("بطاقة الهوية");
  }

  private static final String FLOW_WITH_SHARED_ITEMS =
      """
      id: ausweis-gestohlen
      title: {de: Ausweis verloren}
      start: gestohlen
      note: Frist geschätzt
      items:
        - id: verlustanzeige
          text: {de: Verlustanzeige der Polizei, en: Police report of the loss}
      questions:
        - id: gestohlen
          text: {de: Wurde er gestohlen}
          answers:
            - id: ja
              label: {de: Ja}
              result: {services: [personalausweis], items: [verlustanzeige]}
            - id: nein
              label: {de: Nein}
              result:
                items:
                  - verlustanzeige
                  - {id: suchen, text: {de: Noch einmal suchen}}
      """;

  @Test
  void flowResultsNameTheFlowsOwnItemsByIdSoNineLanguagesAreWrittenOnce() throws Exception {
    write("flows/ausweis-gestohlen.yaml", FLOW_WITH_SHARED_ITEMS);

    GuidedFlow flow = ContentDirectory.read(root).flow("ausweis-gestohlen").orElseThrow();

    assertThat(flow.editorialNote()).isEqualTo("Frist geschätzt");
    FlowStep.Finish stolen = (FlowStep.Finish) flow.question("gestohlen").answers().get(0).next();
    FlowStep.Finish lost = (FlowStep.Finish) flow.question("gestohlen").answers().get(1).next();
    assertThat(stolen.items()).extracting(ChecklistItem::id).containsExactly("verlustanzeige");
    assertThat(stolen.items().getFirst().text().in(Language.ENGLISH))
        .contains("Police report of the loss");
    assertThat(lost.items())
        .extracting(ChecklistItem::id)
        .containsExactly("verlustanzeige", "suchen");
  }

  @Test
  void aFlowResultNamingAnItemTheFlowDoesNotDefineIsAnError() throws IOException {
    assertProblemAfter(
        "flows/ausweis-gestohlen.yaml",
        FLOW_WITH_SHARED_ITEMS.replace("items: [verlustanzeige]", "items: [verlustanzeig]"),
        "flows/ausweis-gestohlen.yaml:14: field 'questions[0].answers[0].result.items[0]':"
            + " 'verlustanzeig' is not one of this flow's items");
    assertProblemAfter(
        "flows/ausweis-gestohlen.yaml",
        FLOW_WITH_SHARED_ITEMS.replace(
            "questions:", "  - {id: verlustanzeige, text: {de: Nochmal}}\nquestions:"),
        "item 'verlustanzeige' is defined twice");
  }

  @Test
  void mediaFilesArePublishedAsTheyAreAndBadOnesAreNamed() throws Exception {
    Files.createDirectories(root.resolve("media"));
    Files.write(root.resolve("media/bsc-mitte.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 1});
    Files.writeString(root.resolve("media/antrag.pdf"), "%PDF-1.7");

    var objects = ContentDirectory.media(root);
    ContentDirectory.read(root); // a media folder is part of a content directory

    assertThat(objects)
        .extracting(o -> o.path())
        .containsExactly("media/antrag.pdf", "media/bsc-mitte.jpg");
    Files.writeString(root.resolve("media/mit leerzeichen.jpg"), "x");
    Files.createDirectories(root.resolve("media/sub"));
    assertThatThrownBy(() -> ContentDirectory.media(root))
        .isInstanceOfSatisfying(
            AuthoringException.class,
            e ->
                assertThat(e.problems())
                    .extracting(AuthoringProblem::toString)
                    .anyMatch(p -> p.contains("media/mit leerzeichen.jpg"))
                    .anyMatch(p -> p.contains("media/sub")));
  }

  private static void assertProblem(ThrowingCallable read, String expected) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            AuthoringException.class,
            e ->
                assertThat(e.problems())
                    .extracting(AuthoringProblem::toString)
                    .anyMatch(p -> p.contains(expected)));
  }

  private void assertProblemAfter(String file, String text, String expected) throws IOException {
    write(file, text);
    assertProblem(() -> ContentDirectory.read(root), expected);
  }

  @Test
  void aMisspeltFieldIsNamedWithItsLine() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("fees:", "fess:"),
        "services/personalausweis.yaml:18: field 'fess': is not a known field here");
  }

  @Test
  void aMissingGermanNameIsReported() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("  de: Personalausweis beantragen\n", ""),
        "services/personalausweis.yaml:3: field 'name': needs at least the German text (de)");
  }

  @Test
  void anUnknownLanguageIsReported() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("  fa: درخواست", "  fr: درخواست"),
        "services/personalausweis.yaml:6: field 'name.fr': is not one of our languages");
  }

  @Test
  void nestedFieldsAreNamedWithTheirIndex() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("text: {de: Heiratsurkunde}", "txt: {de: Heiratsurkunde}"),
        "services/personalausweis.yaml:15: field 'documents[1].text': needs at least the German text");
  }

  @Test
  void modelRulesBecomeLocatedProblems() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("99008001000000", "9900800100"),
        "services/personalausweis.yaml:2: field 'leika': a LeiKa key has exactly 14 digits");
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("https://www.service.bremen.de/antrag", "javascript:alert(1)"),
        "field 'forms[0]': form URL must start with https://");
    assertProblemAfter(
        "offices/bsc-mitte.yaml",
        OFFICE.replace("10:00-18:00", "18:00-10:00"),
        "field 'hours.thursday'");
    assertProblemAfter(
        "offices/bsc-mitte.yaml",
        OFFICE.replace("thursday:", "donnerstag:"),
        "field 'hours.donnerstag': is not a weekday");
  }

  @Test
  void theIdMustMatchTheFileName() throws IOException {
    write("services/reisepass.yaml", SERVICE);
    assertProblem(
        () -> ContentDirectory.read(root),
        "services/reisepass.yaml:1: field 'id': is 'personalausweis' but the file is named 'reisepass'");
  }

  @Test
  void aFlowAnswerNeedsExactlyOneWayOn() throws IOException {
    assertProblemAfter(
        "flows/ausweis-verloren.yaml",
        FLOW.replace(
            "result: {services: [personalausweis]}",
            "next: verheiratet\n        result: {services: [personalausweis]}"),
        "give either 'next: <question id>' or a 'result:'");
  }

  @Test
  void danglingReferencesAreAttributedToTheReferringFile() throws IOException {
    assertProblemAfter(
        "services/personalausweis.yaml",
        SERVICE.replace("offices: [bsc-mitte]", "offices: [bsc-nord]"),
        "services/personalausweis.yaml: service 'personalausweis' refers to unknown office 'bsc-nord'");
  }

  @Test
  void yamlSyntaxErrorsAndDuplicateKeysHaveLines() throws IOException {
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: [unclosed\n",
        "life-situations/ausweis.yaml:");
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: A}\nname: {de: B}\n",
        "is not valid YAML");
  }

  @Test
  void everyProblemIsReportedAndNothingIsHalfLoaded() throws IOException {
    write("services/personalausweis.yaml", SERVICE.replace("fees:", "fess:"));
    write(
        "offices/bsc-mitte.yaml",
        OFFICE.replace("postal-code: \"28195\"", "postal-code: \"2819\""));
    write("servics/x.yaml", "id: x");
    write("offices/notes.txt", "not yaml");

    assertThatThrownBy(() -> ContentDirectory.read(root))
        .isInstanceOfSatisfying(
            AuthoringException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.file().toString())
                    .contains(
                        "services/personalausweis.yaml",
                        "offices/bsc-mitte.yaml",
                        "servics",
                        "offices/notes.txt"));
  }

  @Test
  void hostileYamlIsRefused() throws IOException {
    String aliasBomb =
        "id: ausweis\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nname: {de: A}\n";
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        aliasBomb,
        "life-situations/ausweis.yaml:2: uses YAML anchors or aliases");
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: !!java.lang.ProcessBuilder [touch, /tmp/pwned]\n",
        "life-situations/ausweis.yaml:2: field 'name': must be a mapping");
    assertThat(Path.of("/tmp/pwned")).doesNotExist();
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: " + "[".repeat(100) + "\n",
        "life-situations/ausweis.yaml: is not valid YAML: Document nesting depth");
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: \"" + "x".repeat(YamlSource.MAX_BYTES) + "\"}\n",
        "larger than 1024 KiB");
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname: {de: \"A\\u0007B\"}\n",
        "control characters");
    assertProblemAfter("life-situations/ausweis.yaml", "", "is empty");
  }

  @Test
  void anchorsInsideKnownFieldsAreRefusedToo() throws IOException {
    assertProblemAfter(
        "life-situations/ausweis.yaml",
        "id: ausweis\nname:\n  de: &a Ausweis\ndescription:\n  de: *a\n",
        "life-situations/ausweis.yaml:5: uses YAML anchors or aliases");
  }

  @Test
  void aMissingDirectoryIsReported() {
    assertProblem(() -> ContentDirectory.read(root.resolve("nope")), "is not a content directory");
  }
}
