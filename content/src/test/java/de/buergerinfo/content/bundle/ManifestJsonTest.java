package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Manifests from a server are hostile input: every way they can be wrong is refused by name. */
class ManifestJsonTest {

  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "0123456789abcdef".repeat(4);
  private static final String SHA_C = "f".repeat(64);
  private static final Instant CREATED = Instant.parse("2026-11-24T10:15:30Z");

  /** Marks a field that is left out of the JSON. */
  private static final String MISSING = "MISSING";

  private static final Manifest SEVERAL_OBJECTS =
      new Manifest(
          42,
          CREATED,
          CREATED.plusSeconds(86_400),
          List.of(
              new ManifestEntry("services/115.json", SHA_A, 1200),
              new ManifestEntry("offices/bsc-mitte.json", SHA_B, 0),
              new ManifestEntry("media/office-photo_1.jpg", SHA_C, Long.MAX_VALUE)));

  // --- building JSON by hand, one field at a time ---------------------------------------------

  private static String manifest(String format, String version, String created, String objects) {
    return object(
        "format",
        format,
        "version",
        version,
        "created",
        created,
        "expires",
        "\"2026-12-24T10:15:30Z\"",
        "objects",
        objects);
  }

  private static String manifestWithObjects(String objects) {
    return manifest("1", "3", "\"2026-11-24T10:15:30Z\"", objects);
  }

  private static String entry(String path, String sha256, String size) {
    return object("path", path, "sha256", sha256, "size", size);
  }

  private static String validEntry(String path) {
    return entry("\"" + path + "\"", "\"" + SHA_A + "\"", "1");
  }

  /** A JSON object of name/raw-value pairs in the given order, leaving out {@link #MISSING}. */
  private static String object(String... namesAndValues) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i + 1].equals(MISSING)) {
        json.append(json.length() > 1 ? "," : "");
        json.append('"').append(namesAndValues[i]).append("\":").append(namesAndValues[i + 1]);
      }
    }
    return json.append('}').toString();
  }

  private static Manifest read(String json) throws ContentFormatException {
    return ManifestJson.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(byte[] json) {
    return assertThatThrownBy(() -> ManifestJson.read(json))
        .isInstanceOf(ContentFormatException.class);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String json) {
    return assertRefused(json.getBytes(StandardCharsets.UTF_8));
  }

  // --- round trip and determinism -------------------------------------------------------------

  @Test
  void roundTripsTheEmptyManifest() throws Exception {
    Manifest empty = new Manifest(0, CREATED, CREATED.plusSeconds(86_400), List.of());

    assertThat(ManifestJson.read(ManifestJson.write(empty))).isEqualTo(empty);
  }

  @Test
  void roundTripsSeveralObjectsInTheirOrder() throws Exception {
    assertThat(ManifestJson.read(ManifestJson.write(SEVERAL_OBJECTS))).isEqualTo(SEVERAL_OBJECTS);
  }

  @Test
  void roundTripsFractionsOfASecond() throws Exception {
    Manifest manifest =
        new Manifest(
            7,
            Instant.parse("2026-11-24T10:15:30.123456Z"),
            Instant.parse("2026-11-24T10:15:30.123456Z").plusSeconds(86_400),
            List.of());

    assertThat(ManifestJson.read(ManifestJson.write(manifest)).created())
        .isEqualTo(manifest.created());
  }

  @Test
  void writesCompactJsonWithTheFieldsInAFixedOrder() {
    Manifest one =
        new Manifest(
            5,
            CREATED,
            CREATED.plusSeconds(86_400),
            List.of(new ManifestEntry("services/115.json", SHA_A, 12)));

    assertThat(new String(ManifestJson.write(one), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"format\":1,\"version\":5,\"created\":\"2026-11-24T10:15:30Z\","
                + "\"expires\":\"2026-11-25T10:15:30Z\",\"objects\":"
                + "[{\"path\":\"services/115.json\",\"sha256\":\""
                + SHA_A
                + "\",\"size\":12}]}");
  }

  @Test
  void equalManifestsGiveEqualBytes() {
    Manifest copy =
        new Manifest(
            SEVERAL_OBJECTS.version(),
            Instant.parse(CREATED.toString()),
            Instant.parse(CREATED.toString()).plusSeconds(86_400),
            List.copyOf(SEVERAL_OBJECTS.objects()));

    assertThat(ManifestJson.write(copy))
        .isEqualTo(ManifestJson.write(SEVERAL_OBJECTS))
        .isEqualTo(ManifestJson.write(SEVERAL_OBJECTS));
  }

  // --- forward compatibility ------------------------------------------------------------------

  @Test
  void unknownFieldsAreIgnoredForForwardCompatibility() throws Exception {
    String json =
        object(
            "format", "1",
            "signature", "{\"alg\":\"ed25519\",\"keys\":[1,2,3]}",
            "version", "3",
            "created", "\"2026-11-24T10:15:30Z\"",
            "expires", "\"2026-11-25T10:15:30Z\"",
            "objects",
                "["
                    + object(
                        "path", "\"a.json\"",
                        "mediaType", "\"application/json\"",
                        "sha256", "\"" + SHA_A + "\"",
                        "size", "1",
                        "compressed", "true")
                    + "]",
            "note", "null");

    assertThat(read(json))
        .isEqualTo(
            new Manifest(
                3,
                CREATED,
                CREATED.plusSeconds(86_400),
                List.of(new ManifestEntry("a.json", SHA_A, 1))));
  }

  @Test
  void whitespaceAroundTheObjectIsAllowed() throws Exception {
    assertThat(read("\n  " + manifestWithObjects("[ ]") + " \r\n\t").version()).isEqualTo(3);
  }

  // --- not a manifest at all ------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "null", "[]", "[{}]", "\"manifest\"", "42", "true"})
  void somethingOtherThanAnObjectIsRefused(String json) {
    assertRefused(json).hasMessageContaining("manifest must be a JSON object");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"format\":1,", "{format:1}", "{'format':1}", "<html>"})
  void brokenJsonIsRefused(String json) {
    assertRefused(json).hasMessageContaining("not valid JSON");
  }

  @Test
  void everyTruncationOfAValidManifestIsRefused() {
    byte[] whole = ManifestJson.write(SEVERAL_OBJECTS);
    for (int length = 0; length < whole.length; length++) {
      byte[] truncated = Arrays.copyOf(whole, length);
      assertRefused(truncated)
          .as("cut after %d of %d bytes", length, whole.length)
          .message()
          .containsAnyOf("not valid JSON", "must be a JSON object");
    }
  }

  @Test
  void aTruncationNamesWhereTheDataEnded() {
    String json =
        manifestWithObjects("[" + validEntry("a.json") + ",{\"path\":\"b.json\",\"size\":");

    assertRefused(json).hasMessageContaining("objects[1].size");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'{}'        | data after the JSON object",
        "' {}'       | data after the JSON object",
        "[]          | data after the JSON object",
        "'\"more\"'  | data after the JSON object",
        "1           | data after the JSON object",
        "x           | not valid JSON",
        "'}'         | not valid JSON",
      })
  void dataAfterTheObjectIsRefused(String trailing, String message) {
    assertRefused(manifestWithObjects("[]") + trailing).hasMessageContaining(message);
  }

  // --- wrong types and values, each naming its field ------------------------------------------

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "format  | MISSING                    | 'format' must be a whole number",
        "format  | '\"1\"'                    | 'format' must be a whole number",
        "format  | 1.0                        | 'format' must be a whole number",
        "format  | null                       | 'format' must be a whole number",
        "format  | -1                         | 'format' must not be negative",
        "format  | 2                          | format 2 is not supported (this terminal reads format 1)",
        "format  | 0                          | format 0 is not supported",
        "format  | 4294967297                 | format 4294967297 is not supported",
        "version | MISSING                    | 'version' must be a whole number",
        "version | '\"3\"'                    | 'version' must be a whole number",
        "version | 1.5                        | 'version' must be a whole number",
        "version | 3.0                        | 'version' must be a whole number",
        "version | 3e0                        | 'version' must be a whole number",
        "version | -1                         | 'version' must not be negative",
        "version | 9223372036854775808        | 'version' must be a whole number",
        "version | 99999999999999999999       | 'version' must be a whole number",
        "version | 1111111111111111111111111  | 'version'",
        "version | true                       | 'version' must be a whole number",
        "version | null                       | 'version' must be a whole number",
        "version | [3]                        | 'version' must be a whole number",
        "version | '{\"n\":3}'                | 'version' must be a whole number",
        "created | MISSING                    | 'created' must be a string",
        "created | 1732443330                 | 'created' must be a string",
        "created | null                       | 'created' must be a string",
        "created | '\"yesterday\"'            | 'created' must be a UTC time such as",
        "created | '\"\"'                     | 'created' must be a UTC time such as",
        "created | '\"2026-11-24\"'           | 'created' must be a UTC time such as",
        "created | '\"2026-11-24T10:15:30\"'  | 'created' must be a UTC time such as",
        "created | '\"2026-11-24 10:15:30Z\"' | 'created' must be a UTC time such as",
        "created | '\"2026-13-01T00:00:00Z\"' | 'created' must be a UTC time such as",
        "created | '\"24.11.2026 10:15\"'     | 'created' must be a UTC time such as",
        "objects | MISSING                    | 'objects' must be an array",
        "objects | '{}'                       | 'objects' must be an array",
        "objects | '\"[]\"'                   | 'objects' must be an array",
        "objects | null                       | 'objects' must be an array",
        "objects | '[1]'                      | 'objects[0]' must be an object",
        "objects | '[null]'                   | 'objects[0]' must be an object",
        "objects | '[[]]'                     | 'objects[0]' must be an object",
      })
  void aWrongManifestFieldIsRefusedByName(String field, String value, String message) {
    String format = field.equals("format") ? value : "1";
    String version = field.equals("version") ? value : "3";
    String created = field.equals("created") ? value : "\"2026-11-24T10:15:30Z\"";
    String objects = field.equals("objects") ? value : "[]";

    assertRefused(manifest(format, version, created, objects)).hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "path   | MISSING                | 'objects[1].path' must be a string",
        "path   | 1                      | 'objects[1].path' must be a string",
        "path   | null                   | 'objects[1].path' must be a string",
        "path   | '[\"a.json\"]'         | 'objects[1].path' must be a string",
        "sha256 | MISSING                | 'objects[1].sha256' must be a string",
        "sha256 | 1                      | 'objects[1].sha256' must be a string",
        "sha256 | null                   | 'objects[1].sha256' must be a string",
        "size   | MISSING                | 'objects[1].size' must be a whole number",
        "size   | '\"1\"'                | 'objects[1].size' must be a whole number",
        "size   | 1.5                    | 'objects[1].size' must be a whole number",
        "size   | -1                     | 'objects[1].size' must not be negative",
        "size   | 9223372036854775808    | 'objects[1].size' must be a whole number",
        "size   | null                   | 'objects[1].size' must be a whole number",
      })
  void aWrongEntryFieldIsRefusedWithItsIndex(String field, String value, String message) {
    String path = field.equals("path") ? value : "\"b.json\"";
    String sha256 = field.equals("sha256") ? value : "\"" + SHA_B + "\"";
    String size = field.equals("size") ? value : "2";
    String objects = "[" + validEntry("a.json") + "," + entry(path, sha256, size) + "]";

    assertRefused(manifestWithObjects(objects)).hasMessageContaining(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A", // uppercase
        "63", // one digit short
        "65", // one digit too many
        "g", // not hexadecimal
        "0x", // a prefix
        "empty"
      })
  void aHashThatIsNotSixtyFourLowercaseHexDigitsIsRefused(String shape) {
    String sha256 =
        switch (shape) {
          case "A" -> SHA_B.toUpperCase();
          case "63" -> SHA_A.substring(1);
          case "65" -> SHA_A + "a";
          case "g" -> "g" + SHA_A.substring(1);
          case "0x" -> "0x" + SHA_A.substring(2);
          default -> "";
        };
    String json = manifestWithObjects("[" + entry("\"a.json\"", "\"" + sha256 + "\"", "1") + "]");

    assertRefused(json)
        .hasMessageContaining("'objects[0]'")
        .hasMessageContaining("sha256 must be 64 lowercase hexadecimal digits");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        "../etc/passwd",
        "services/../../x",
        "services/..",
        "/etc/passwd",
        "a\\\\b",
        "C:\\\\Windows",
        "with space",
        " leading",
        "trailing/",
        "a//b",
        ".hidden",
        "./a",
        "",
        "a\\u0000b",
        "dienst\\u00e4.json"
      })
  void anUnsafePathIsRefused(String path) {
    String json = manifestWithObjects("[" + validEntry(path) + "]");

    assertRefused(json)
        .hasMessageContaining("'objects[0]'")
        .hasMessageContaining("path must be a relative path");
  }

  @Test
  void aPathOfThreeHundredCharactersIsRefused() {
    String json = manifestWithObjects("[" + validEntry("a".repeat(300)) + "]");

    assertRefused(json)
        .hasMessageContaining("'objects[0]'")
        .hasMessageContaining("at most " + ManifestEntry.MAX_PATH_LENGTH + " characters");
  }

  @Test
  void aPathListedTwiceIsRefused() {
    String objects =
        "[" + validEntry("a.json") + "," + validEntry("b.json") + "," + validEntry("a.json") + "]";

    assertRefused(manifestWithObjects(objects)).hasMessageContaining("path 'a.json' appears twice");
  }

  // --- hostile input --------------------------------------------------------------------------

  @Test
  void aDuplicateKeyIsRefusedByName() {
    String json =
        "{\"format\":1,\"version\":1,\"version\":2,\"created\":\"2026-11-24T10:15:30Z\","
            + "\"expires\":\"2026-11-25T10:15:30Z\",\"objects\":[]}";

    assertRefused(json).hasMessageContaining("Duplicate field 'version'");
  }

  @Test
  void aDuplicateKeyInAnEntryIsRefusedWithItsPlace() {
    String twice =
        "{\"path\":\"a.json\",\"path\":\"../x\",\"sha256\":\"" + SHA_A + "\",\"size\":1}";

    assertRefused(manifestWithObjects("[" + validEntry("b.json") + "," + twice + "]"))
        .hasMessageContaining("Duplicate field 'path'")
        .hasMessageContaining("objects[1].path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"array in an unknown field", "objects in objects", "whole document"})
  void nestingTenThousandLevelsDeepFailsFastWithoutAStackOverflow(String where) {
    int depth = 10_000;
    String json =
        switch (where) {
          case "array in an unknown field" ->
              manifestWithObjects("[]").replace("{", "{\"x\":" + "[".repeat(depth) + "1,");
          case "objects in objects" -> "{\"x\":".repeat(depth) + "1" + "}".repeat(depth);
          default -> "[".repeat(depth) + "]".repeat(depth);
        };

    // A StackOverflowError would fail isInstanceOf: assertThatThrownBy catches every Throwable.
    assertRefused(json).hasMessageContaining("nesting depth");
  }

  @Test
  void aFiveThousandCharacterStringIsRefusedWithItsPlace() {
    assertRefused(manifestWithObjects("[" + validEntry("a".repeat(5_000)) + "]"))
        .hasMessageContaining("String value length")
        .hasMessageContaining("objects[0].path");
  }

  @Test
  void aFiveThousandCharacterFieldNameIsRefused() {
    assertRefused(manifestWithObjects("[]").replace("{", "{\"" + "n".repeat(5_000) + "\":1,"))
        .hasMessageContaining("Name length");
  }

  @Test
  void aTwentyFiveDigitNumberIsRefusedWithItsPlace() {
    assertRefused(manifest("1", "1".repeat(25), "\"2026-11-24T10:15:30Z\"", "[]"))
        .hasMessageContaining("Number value length")
        .hasMessageContaining("version");
  }

  @Test
  void aManifestOfExactlyTheLimitIsRead() throws Exception {
    byte[] padded = paddedWithSpaces(manifestWithObjects("[]"), ManifestJson.MAX_BYTES);

    assertThat(ManifestJson.read(padded).version()).isEqualTo(3);
  }

  @Test
  void aManifestLargerThanTheLimitIsRefusedWithItsSize() {
    byte[] padded = paddedWithSpaces(manifestWithObjects("[]"), ManifestJson.MAX_BYTES + 1);

    assertRefused(padded)
        .hasMessageContaining(String.valueOf(ManifestJson.MAX_BYTES + 1))
        .hasMessageContaining("more than the limit of " + ManifestJson.MAX_BYTES);
  }

  /** Valid JSON followed by spaces up to {@code length} bytes: big, yet cheap to build. */
  private static byte[] paddedWithSpaces(String json, int length) {
    byte[] padded = new byte[length];
    Arrays.fill(padded, (byte) ' ');
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, padded, 0, bytes.length);
    return padded;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a lone continuation byte, 80",
    "a lead byte without its continuation, c3",
    "a byte that never occurs in UTF-8, ff",
    "an overlong '/' (two bytes), c0af",
    "an overlong '/' (three bytes), e080af",
    "an encoded surrogate, eda080",
    "a code point above U+10FFFF, f4908080",
  })
  void invalidUtf8IsRefused(String what, String hex) {
    assertRefused(withBytesInAPath(HexFormat.of().parseHex(hex))).hasMessageContaining("UTF-8");
  }

  @Test
  void invalidUtf8IsRefusedEvenInAFieldThatIsIgnored() {
    byte[] json =
        withBytes(
            manifestWithObjects("[]").replace("{", "{\"note\":\"x\","),
            "x",
            HexFormat.of().parseHex("c0af"));

    assertRefused(json).hasMessageContaining("UTF-8");
  }

  @Test
  void validUtf8InAnIgnoredFieldIsRead() throws Exception {
    String json = manifestWithObjects("[]").replace("{", "{\"note\":\"Bürger – بلدية\",");

    assertThat(read(json).version()).isEqualTo(3);
  }

  /** A manifest whose only path is {@code a<bytes>b}. */
  private static byte[] withBytesInAPath(byte[] bytes) {
    return withBytes(manifestWithObjects("[" + validEntry("aXb") + "]"), "X", bytes);
  }

  /** The JSON with the first {@code marker} replaced by raw bytes. */
  private static byte[] withBytes(String json, String marker, byte[] bytes) {
    int at = json.indexOf(marker);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
