package de.buergerinfo.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.http.ManifestHandler;
import de.buergerinfo.provisioning.central.CentralServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bis content import | search | eval} in-process, on a small authoring directory. */
class ContentCommandTest {

  @TempDir Path folder;
  private Path content;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CommandLines.create(new BisCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return new Result(commandLine.execute(args), out.toString(), err.toString());
  }

  @BeforeEach
  void aSmallCatalogue() throws Exception {
    content = folder.resolve("content");
    write(
        "services/wohngeld.yaml",
        "id: wohngeld\nleika: [99104001000000]\nname: {de: Wohngeld, en: Housing benefit}\nkeywords: {de: [Mietzuschuss]}\n");
    write("services/reisepass.yaml", "id: reisepass\nname: {de: Reisepass beantragen}\n");
    write(
        "glossary/g.yaml",
        "- {id: housing-benefit, terms: {de: [Wohngeld], tr: [kira yardımı]}}\n");
  }

  private void write(String relative, String text) throws Exception {
    Path file = content.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void searchPrintsATableOrOneJsonLine() throws Exception {
    Result table = run("content", "search", "--catalogue", "content:" + content, "Reisepass");
    Result json =
        run(
            "content",
            "search",
            "--catalogue",
            "content:" + content,
            "--lang",
            "tr",
            "--json",
            "kira",
            "yardımı");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).startsWith(" 1. reisepass");
    JsonNode line = new ObjectMapper().readTree(json.out());
    assertThat(line.get("lang").asText()).isEqualTo("tr");
    assertThat(line.get("query").asText()).isEqualTo("kira yardımı");
    assertThat(line.get("results").get(0).get("id").asText()).isEqualTo("wohngeld");
    assertThat(line.get("results").get(0).get("leika").asText()).isEqualTo("99104001000000");
    // Turkish falls back to English before German.
    assertThat(line.get("results").get(0).get("title").asText()).isEqualTo("Housing benefit");
  }

  @Test
  void aSearchWithoutResultsPrintsSuggestions() throws Exception {
    write("services/umzug.yaml", "id: umzug\nname: {de: Umzug melden}\n");
    // Two typos in a six-letter word: more than the search forgives, not more than suggestions do.
    Result table = run("content", "search", "--catalogue", "content:" + content, "Mxldxn");
    Result json = run("content", "search", "--catalogue", "content:" + content, "--json", "Mxldxn");
    Result nothing = run("content", "search", "--catalogue", "content:" + content, "xyzzy");

    assertThat(table.out()).isEqualToNormalizingNewlines("no results\ndid you mean: melden\n");
    JsonNode line = new ObjectMapper().readTree(json.out());
    assertThat(line.get("results")).isEmpty();
    assertThat(line.get("suggestions").get("queries").get(0).asText()).isEqualTo("melden");
    assertThat(nothing.out()).isEqualToNormalizingNewlines("no results\n");
  }

  @Test
  void aGlossaryBeingEditedCanBeTriedBeforeItIsPublished() throws Exception {
    Path draft = folder.resolve("draft");
    Files.createDirectories(draft.resolve("glossary"));
    Files.writeString(
        draft.resolve("glossary/travel.yaml"),
        "- {id: passport, terms: {de: [Reisepass], pl: [paszport]}}\n");
    Path broken = folder.resolve("broken");
    Files.createDirectories(broken.resolve("glossary"));
    Files.writeString(
        broken.resolve("glossary/a.yaml"), "- {id: passport, terms: {de: [Reisepass]}}\n");
    Files.writeString(broken.resolve("glossary/b.yaml"), "- {id: passport, terms: {de: [Pass]}}\n");
    String[] search = {"content", "search", "--catalogue", "content:" + content, "--lang", "pl"};

    Result withDraft = run(concat(search, "--glossary", draft.toString(), "paszport"));
    Result without = run(concat(search, "--no-glossary", "paszport"));
    Result withBroken = run(concat(search, "--glossary", broken.toString(), "paszport"));
    Result both = run(concat(search, "--glossary", draft.toString(), "--no-glossary", "x"));

    assertThat(withDraft.out()).startsWith(" 1. reisepass");
    assertThat(without.out()).doesNotContain("reisepass");
    assertThat(withBroken.exitCode()).isEqualTo(1);
    assertThat(withBroken.err()).contains("passport").contains("twice");
    assertThat(both.exitCode()).isEqualTo(2);
  }

  @Test
  void aContentFolderWithItsOwnGlossarySearchesWithThatInsteadOfTheBuiltInOne() throws Exception {
    write("glossary/travel.yaml", "- {id: passport, terms: {de: [Reisepass], pl: [paszporcik]}}\n");
    String[] search = {"content", "search", "--catalogue", "content:" + content, "--lang", "pl"};

    Result ownTerm = run(concat(search, "paszporcik"));
    Result builtInTerm = run(concat(search, "paszport"));

    assertThat(ownTerm.out()).startsWith(" 1. reisepass");
    assertThat(builtInTerm.out()).doesNotContain("reisepass");
  }

  @Test
  void publishBuildsTheNextSignedVersionOnlyWhenTheContentChanged() throws Exception {
    Path central = folder.resolve("central");
    write(
        "offices/bsc.yaml",
        "id: bsc\nname: {de: Bürgerservice}\naddress: {street: A, number: \"1\", postal-code: \"28195\", city: Bremen}\n");

    write("media/bsc.jpg", "a photo of the office");

    Result first =
        run("content", "publish", "--content", content.toString(), "--data", central.toString());
    Result again =
        run("content", "publish", "--content", content.toString(), "--data", central.toString());
    write(
        "services/reisepass.yaml",
        "id: reisepass\nname: {de: Reisepass beantragen, en: Passport}\n");
    Result changed =
        run(
            "content",
            "publish",
            "--content",
            content.toString(),
            "--data",
            central.toString(),
            "--valid-for",
            "7");
    Result nothing = run("content", "publish", "--data", central.toString());
    Result badDays =
        run(
            "content",
            "publish",
            "--content",
            content.toString(),
            "--data",
            central.toString(),
            "--valid-for",
            "0");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("published version 1: 5 objects (5 new or changed");
    assertThat(again.out()).startsWith("unchanged: version 1");
    assertThat(changed.out()).startsWith("published version 2: 5 objects (1 new or changed");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("--content, --dldb, --ozg");
    assertThat(badDays.exitCode()).isEqualTo(2);
    try (CentralServer server =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, central))) {
      HttpClient http = HttpClient.newHttpClient();
      byte[] body =
          http.send(
                  HttpRequest.newBuilder(server.baseUri().resolve(ManifestHandler.PATH)).build(),
                  HttpResponse.BodyHandlers.ofByteArray())
              .body();
      Manifest served =
          SignedManifest.parse(body)
              .verify(TrustedKeys.of(List.of(server.signingKey().publicKey())));
      assertThat(served.version()).isEqualTo(2);
      assertThat(served.expires())
          .isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(8)));
    }
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void stdinGivesOneJsonLinePerInputLineAndSaysWhatIsWrong() throws Exception {
    InputStream original = System.in;
    System.setIn(
        new ByteArrayInputStream(
            "de\tReisepass\nnonsense\n\nen\thousing benefit\n".getBytes(StandardCharsets.UTF_8)));
    try {
      Result result =
          run("content", "search", "--catalogue", "content:" + content, "--stdin", "--limit", "1");

      var lines = result.out().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).contains("\"id\":\"reisepass\"");
      assertThat(lines.get(1)).contains("\"error\"");
      assertThat(lines.get(2)).contains("\"id\":\"wohngeld\"");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void importStoresTheCatalogueThatSearchThenFinds() {
    Path data = folder.resolve("data");
    Result imported =
        run("content", "import", "--content", content.toString(), "--data", data.toString());
    Result found = run("content", "search", "--data", data.toString(), "Wohngeld");

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2 services").contains("0 item(s) left out");
    assertThat(found.out()).startsWith(" 1. wohngeld");
  }

  @Test
  void evalPrintsFiguresPerLanguage() throws Exception {
    Path set =
        Files.writeString(
            folder.resolve("set.tsv"),
            "# lang\tquery\tids\nde\tReisepass\treisepass\ntr\tkira yardımı\twohngeld\nde\tPass\twohngeld\n");

    Result result =
        run("content", "eval", "--catalogue", "content:" + content, "--misses", set.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("de                2  0.500  0.500  0.500");
    assertThat(result.out()).contains("tr                1  1.000  1.000  1.000");
    assertThat(result.out()).contains("all               3");
    assertThat(result.out()).contains("miss set.tsv:4 de \"Pass\"");
  }

  @Test
  void wrongUsageIsOneLineAndExitCodeTwo() throws Exception {
    Path broken = Files.writeString(folder.resolve("broken.tsv"), "de\tonly two fields\n");
    Path unknownId = Files.writeString(folder.resolve("unknown.tsv"), "de\tq\tnope\n");

    for (String[] args :
        new String[][] {
          {"content"},
          {"content", "search", "x"},
          {"content", "search", "--catalogue", "zip:" + content, "x"},
          {"content", "search", "--catalogue", "content:" + content, "--lang", "fr", "x"},
          {"content", "search", "--catalogue", "content:" + content, "--limit", "0", "x"},
          {"content", "search", "--catalogue", "content:" + content},
          {"content", "eval", "--catalogue", "content:" + content, unknownId.toString()},
          {
            "content",
            "import",
            "--dldb",
            content.toString(),
            "--ozg",
            content.toString(),
            "--data",
            folder.toString()
          },
        }) {
      Result result = run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err().lines()).as(String.join(" ", args)).hasSize(1);
    }
    Result brokenFile =
        run("content", "eval", "--catalogue", "content:" + content, broken.toString());
    assertThat(brokenFile.exitCode()).isEqualTo(1);
    assertThat(brokenFile.err()).contains("broken.tsv:1: expected lang<TAB>query<TAB>id");
  }

  @Test
  void theRealMunichCatalogueCanBeSearched() {
    String shared = System.getProperty("bis.sharedData", "");
    Path munich = Path.of(shared.isBlank() ? "." : shared, "catalogue", "munich-dldb");
    assumeTrue(
        Files.isDirectory(munich),
        "shared test data not found at " + munich + "; run with -Dbis.sharedData=...");

    Result result =
        run(
            "content",
            "search",
            "--catalogue",
            "dldb:" + munich,
            "--limit",
            "3",
            "Personalausweis");

    Result turkish =
        run(
            "content",
            "search",
            "--catalogue",
            "dldb:" + munich,
            "--lang",
            "tr",
            "--limit",
            "3",
            "kimlik",
            "kartımı",
            "kaybettim");
    Result withoutGlossary =
        run(
            "content",
            "search",
            "--catalogue",
            "dldb:" + munich,
            "--no-glossary",
            "--lang",
            "tr",
            "--limit",
            "3",
            "kimlik",
            "kartımı",
            "kaybettim");

    assertThat(result.out()).startsWith(" 1. 1063441");
    // Munich's texts are German only: our glossary is what finds them from Turkish.
    assertThat(turkish.out()).startsWith(" 1. 1076889");
    assertThat(withoutGlossary.out()).doesNotStartWith(" 1. 1076889");
  }
}
