package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestJsonTest {

  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "0123456789abcdef".repeat(4);
  private static final Instant CREATED = Instant.parse("2026-11-24T10:15:30Z");

  private static final Manifest TWO_OBJECTS =
      new Manifest(
          42,
          CREATED,
          List.of(
              new ManifestEntry("services/115.json", SHA_A, 1200),
              new ManifestEntry("offices/bsc-mitte.json", SHA_B, 0)));

  private static Manifest read(String json) throws ContentFormatException {
    return ManifestJson.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String valid(String objects) {
    return "{\"format\":1,\"version\":3,\"created\":\"2026-11-24T10:15:30Z\",\"objects\":"
        + objects
        + "}";
  }

  private static String entry(String path, String sha, String size) {
    return "{\"path\":" + path + ",\"sha256\":" + sha + ",\"size\":" + size + "}";
  }

  @Test
  void roundTripsManifests() throws Exception {
    Manifest empty = new Manifest(0, CREATED, List.of());

    assertThat(ManifestJson.read(ManifestJson.write(empty))).isEqualTo(empty);
    assertThat(ManifestJson.read(ManifestJson.write(TWO_OBJECTS))).isEqualTo(TWO_OBJECTS);
  }

  @Test
  void writingIsDeterministic() {
    assertThat(ManifestJson.write(TWO_OBJECTS)).isEqualTo(ManifestJson.write(TWO_OBJECTS));
    assertThat(new String(ManifestJson.write(TWO_OBJECTS), StandardCharsets.UTF_8))
        .startsWith(
            "{\"format\":1,\"version\":42,\"created\":\"2026-11-24T10:15:30Z\",\"objects\":[");
  }

  @Test
  void unknownFieldsAreIgnoredForForwardCompatibility() throws Exception {
    Manifest manifest =
        read(
            "{\"format\":1,\"version\":3,\"created\":\"2026-11-24T10:15:30Z\",\"objects\":[],"
                + "\"signature\":\"later\"}");

    assertThat(manifest.version()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "[]", "\"manifest\"", "42", "{", "{\"format\":1,"})
  void notAManifestObjectIsRefused(String json) {
    assertThatThrownBy(() -> read(json)).isInstanceOf(ContentFormatException.class);
  }

  @Test
  void everyTruncationOfAValidManifestIsRefused() {
    byte[] whole = ManifestJson.write(TWO_OBJECTS);
    for (int length = 0; length < whole.length; length++) {
      byte[] truncated = Arrays.copyOf(whole, length);
      assertThatThrownBy(() -> ManifestJson.read(truncated))
          .as("cut at " + length)
          .isInstanceOf(ContentFormatException.class);
    }
  }

  @Test
  void dataAfterTheObjectIsRefused() {
    assertThatThrownBy(() -> read(valid("[]") + "{}"))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("after the JSON object");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "1.5", "-1", "99999999999999999999", "true", "null", "[3]"})
  void aVersionThatIsNotANonNegativeWholeNumberIsRefused(String version) {
    String json =
        "{\"format\":1,\"version\":"
            + version
            + ",\"created\":\"2026-11-24T10:15:30Z\",\"objects\":[]}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("version");
  }

  @Test
  void anotherFormatIsRefusedWithBothNumbers() {
    assertThatThrownBy(() -> read(valid("[]").replace("\"format\":1", "\"format\":2")))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("format 2")
        .hasMessageContaining("format 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"yesterday\"", "\"2026-11-24\"", "\"2026-11-24T10:15:30\"", "1732443330"})
  void aCreatedTimeThatIsNotUtcIsoIsRefused(String created) {
    String json = valid("[]").replace("\"2026-11-24T10:15:30Z\"", created);

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("created");
  }

  @Test
  void objectsMustBeAnArrayOfObjects() {
    assertThatThrownBy(() -> read(valid("{}"))).hasMessageContaining("'objects' must be an array");
    assertThatThrownBy(() -> read(valid("[1]")))
        .hasMessageContaining("'objects[0]' must be an object");
  }

  @Test
  void missingEntryFieldsAreNamedWithTheirIndex() {
    String ok = entry("\"a.json\"", "\"" + SHA_A + "\"", "1");
    assertThatThrownBy(() -> read(valid("[" + ok + ",{\"sha256\":\"" + SHA_A + "\",\"size\":1}]")))
        .hasMessageContaining("objects[1].path");
    assertThatThrownBy(() -> read(valid("[{\"path\":\"a\",\"size\":1}]")))
        .hasMessageContaining("objects[0].sha256");
    assertThatThrownBy(() -> read(valid("[{\"path\":\"a\",\"sha256\":\"" + SHA_A + "\"}]")))
        .hasMessageContaining("objects[0].size");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../etc/passwd",
        "/etc/passwd",
        "services/../../x",
        "a\\\\b",
        "with space",
        ".hidden",
        "a//b",
        ""
      })
  void unsafePathsAreRefused(String path) {
    String json = valid("[" + entry("\"" + path + "\"", "\"" + SHA_A + "\"", "1") + "]");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("objects[0]");
  }

  @Test
  void anOverlongPathIsRefused() {
    String json = valid("[" + entry("\"" + "a".repeat(300) + "\"", "\"" + SHA_A + "\"", "1") + "]");

    assertThatThrownBy(() -> read(json)).isInstanceOf(ContentFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AAAA", "zz", "short"})
  void aHashThatIsNotLowercaseHexOf64IsRefused(String shape) {
    String sha =
        switch (shape) {
          case "AAAA" -> "A".repeat(64);
          case "zz" -> "z".repeat(64);
          default -> "a".repeat(63);
        };
    String json = valid("[" + entry("\"a.json\"", "\"" + sha + "\"", "1") + "]");

    assertThatThrownBy(() -> read(json)).hasMessageContaining("sha256");
  }

  @Test
  void aPathListedTwiceIsRefused() {
    String one = entry("\"a.json\"", "\"" + SHA_A + "\"", "1");

    assertThatThrownBy(() -> read(valid("[" + one + "," + one + "]")))
        .hasMessageContaining("appears twice");
  }

  @Test
  void duplicateKeysAreRefused() {
    String json =
        "{\"format\":1,\"version\":1,\"version\":2,\"created\":\"2026-11-24T10:15:30Z\",\"objects\":[]}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("version");
  }

  @Test
  void deepNestingFailsFastWithoutStackOverflow() {
    String json = "{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aLongStringIsRefused() {
    String json =
        valid("[" + entry("\"" + "a".repeat(5_000) + "\"", "\"" + SHA_A + "\"", "1") + "]");

    assertThatThrownBy(() -> read(json)).isInstanceOf(ContentFormatException.class);
  }

  @Test
  void anOversizedManifestIsRefusedBeforeParsingWithItsSize() {
    byte[] padded = new byte[ManifestJson.MAX_BYTES + 1];
    Arrays.fill(padded, (byte) ' ');
    byte[] json = valid("[]").getBytes(StandardCharsets.UTF_8);
    System.arraycopy(json, 0, padded, 0, json.length);

    assertThatThrownBy(() -> ManifestJson.read(padded))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining(String.valueOf(padded.length));
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] json =
        valid("[" + entry("\"Xa.json\"", "\"" + SHA_A + "\"", "1") + "]")
            .getBytes(StandardCharsets.UTF_8);
    int x = new String(json, StandardCharsets.ISO_8859_1).indexOf('X');
    json[x] = (byte) 0xC3; // a lead byte without its continuation
    byte[] broken = json;

    assertThatThrownBy(() -> ManifestJson.read(broken)).isInstanceOf(ContentFormatException.class);
  }
}
