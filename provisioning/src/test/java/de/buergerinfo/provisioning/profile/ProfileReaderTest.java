package de.buergerinfo.provisioning.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.ManifestKeys;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {

  private static final Path FILE = Path.of("zb-01.profile");

  @TempDir Path folder;

  private static TerminalProfile parse(String text) throws ProfileException {
    return ProfileReader.parse(FILE, text.getBytes(StandardCharsets.UTF_8));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      String text, int line, String field) {
    return assertThatThrownBy(() -> parse(text))
        .isInstanceOfSatisfying(
            ProfileException.class,
            e -> {
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.file()).isEqualTo(FILE);
            })
        .hasMessageStartingWith(
            FILE
                + (line > 0 ? ":" + line : "")
                + ": "
                + (field.isEmpty() ? "" : "field '" + field + "' "));
  }

  @Test
  void readsACompleteProfile() throws Exception {
    TerminalProfile profile =
        parse(
            """
            # Zentralbibliothek Am Wall, terminal 1
            terminal.id = zb-am-wall-01
            terminal.site = Zentralbibliothek Am Wall

            central.url = https://bis-central.example.bremen.de/
            central.trusted-keys = %s
            languages = de, de-x-easy, en, ar
            languages.default = de-x-easy
            display.orientation = portrait
            session.idle-timeout = 2m
            content.poll-interval = 5m
            device.printer = escpos+tcp://10.0.0.5:9100
            device.card-reader = pcsc:*
            device.scanner = hid:/dev/input/by-id/usb-Scanner-event-kbd
            device.gpio = gpio:pi4j?presence=17&light=27&help=22
            """
                .formatted(KEY_TEXT));

    assertThat(profile.terminalId()).isEqualTo("zb-am-wall-01");
    assertThat(profile.trustedManifestKeys()).containsExactly(KEY.publicKey());
    assertThat(profile.site()).isEqualTo("Zentralbibliothek Am Wall");
    assertThat(profile.centralServer())
        .contains(URI.create("https://bis-central.example.bremen.de"));
    assertThat(profile.usesEmbeddedCentral()).isFalse();
    assertThat(profile.languages())
        .containsExactly(Language.GERMAN, Language.GERMAN_EASY, Language.ENGLISH, Language.ARABIC);
    assertThat(profile.defaultLanguage()).isEqualTo(Language.GERMAN_EASY);
    assertThat(profile.orientation()).isEqualTo(ScreenOrientation.PORTRAIT);
    assertThat(profile.idleTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(profile.contentPollInterval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(profile.devices().address(DeviceKind.PRINTER))
        .hasToString("escpos+tcp://10.0.0.5:9100");
    assertThat(profile.devices().address(DeviceKind.GPIO).parameters())
        .containsEntry("light", "27");
  }

  private static final SigningKey KEY = SigningKey.generate();
  private static final String KEY_TEXT = ManifestKeys.publicKeyText(KEY.publicKey());

  @Test
  void aCentralServerNeedsOneOrTwoTrustedKeysAndTheEmbeddedOneNone() throws Exception {
    String url = "terminal.id = a\ncentral.url = https://central.example\n";
    SigningKey next = SigningKey.generate();

    TerminalProfile rotating =
        parse(
            url
                + "central.trusted-keys = "
                + KEY_TEXT
                + ", "
                + ManifestKeys.publicKeyText(next.publicKey())
                + "\n");

    assertThat(rotating.trustedManifestKeys()).containsExactly(KEY.publicKey(), next.publicKey());
    assertRefused(url, 2, "central.url").hasMessageContaining("needs 'central.trusted-keys");
    assertRefused(
            "terminal.id = a\ncentral.trusted-keys = " + KEY_TEXT + "\n", 2, "central.trusted-keys")
        .hasMessageContaining("only makes sense with central.url");
    assertRefused(url + "central.trusted-keys = ed25519:AAAA\n", 3, "central.trusted-keys")
        .hasMessageContaining("not an Ed25519 public key");
    assertRefused(url + "central.trusted-keys = AAAA\n", 3, "central.trusted-keys")
        .hasMessageContaining("must start with 'ed25519:'");
    assertRefused(
            url
                + "central.trusted-keys = "
                + String.join(", ", KEY_TEXT, KEY_TEXT, KEY_TEXT)
                + "\n",
            3,
            "central.trusted-keys")
        .hasMessageContaining("at most two keys");
  }

  @Test
  void aMinimalProfileGetsTheDefaults() throws Exception {
    TerminalProfile profile = parse("terminal.id = zb-02\n");

    assertThat(profile.site()).isEqualTo("zb-02");
    assertThat(profile.usesEmbeddedCentral()).isTrue();
    assertThat(profile.contentPollInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(profile.languages()).containsExactly(Language.values());
    assertThat(profile.defaultLanguage()).isEqualTo(Language.GERMAN);
    assertThat(profile.orientation()).isEqualTo(ScreenOrientation.LANDSCAPE);
    assertThat(profile.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
    for (DeviceKind kind : DeviceKind.values()) {
      assertThat(profile.devices().address(kind).isNone()).as(kind.name()).isTrue();
    }
  }

  @Test
  void acceptsWindowsLineEndingsAndAByteOrderMark() throws Exception {
    byte[] text =
        "\uFEFFterminal.id = zb-03\r\n# comment\r\nsession.idle-timeout = 90\r\n"
            .getBytes(StandardCharsets.UTF_8);

    TerminalProfile profile = ProfileReader.parse(FILE, text);

    assertThat(profile.terminalId()).isEqualTo("zb-03");
    assertThat(profile.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void theFirstLanguageIsTheDefaultWhenNoneIsNamed() throws Exception {
    assertThat(parse("terminal.id = a\nlanguages = tr, de\n").defaultLanguage())
        .isEqualTo(Language.TURKISH);
  }

  @Test
  void aMissingIdIsReportedForTheWholeFile() {
    assertRefused("terminal.site = Somewhere\n", 0, "terminal.id")
        .hasMessageContaining("is missing");
  }

  @Test
  void anUnknownFieldGetsASuggestion() {
    assertRefused("terminal.id = a\ndevice.priner = sim\n", 2, "device.priner")
        .hasMessageContaining("is unknown; did you mean 'device.printer'?");
    assertRefused("terminal.id = a\nwallpaper = blue\n", 2, "wallpaper")
        .hasMessage(FILE + ":2: field 'wallpaper' is unknown");
  }

  @Test
  void aDuplicateFieldNamesTheFirstLine() {
    assertRefused("terminal.id = a\n\nterminal.id = b\n", 3, "terminal.id")
        .hasMessageContaining("first on line 1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "terminal.id = a\\njust some words                     | 2 |                      | 'field = value'",
        "terminal.id = a\\n = value                            | 2 |                      | no valid field name",
        "terminal.id = a\\nterminal.site =                     | 2 | terminal.site        | has no value",
        "terminal.id = Zentrale 1                              | 1 | terminal.id          | lowercase letters",
        "terminal.id = -a                                      | 1 | terminal.id          | lowercase letters",
        "terminal.id = a\\nlanguages = de, fr                  | 2 | languages            | unknown language 'fr'",
        "terminal.id = a\\nlanguages = de, ar, de              | 2 | languages            | lists 'de' twice",
        "terminal.id = a\\nlanguages = de,,ar                  | 2 | languages            | empty language",
        "terminal.id = a\\nlanguages = de\\nlanguages.default = fa | 3 | languages.default | must be one of the terminal's languages",
        "terminal.id = a\\ndisplay.orientation = upright       | 2 | display.orientation  | 'landscape' or 'portrait'",
        "terminal.id = a\\nsession.idle-timeout = 10s          | 2 | session.idle-timeout | between 30s and 30m",
        "terminal.id = a\\nsession.idle-timeout = 2h           | 2 | session.idle-timeout | duration such as",
        "terminal.id = a\\nsession.idle-timeout = 31m          | 2 | session.idle-timeout | between 30s and 30m",
        "terminal.id = a\\ncontent.poll-interval = 5s         | 2 | content.poll-interval | between 10s and 60m",
        "terminal.id = a\\ncontent.poll-interval = 61m        | 2 | content.poll-interval | between 10s and 60m",
        "terminal.id = a\\ncontent.poll-interval = often      | 2 | content.poll-interval | duration such as",
        "terminal.id = a\\ncentral.url = ftp://central.example | 2 | central.url          | must start with https://",
        "terminal.id = a\\ncentral.url = https:///api          | 2 | central.url          | host",
        "terminal.id = a\\ncentral.url = https://user:pw@central.example | 2 | central.url | without user",
        "terminal.id = a\\ncentral.url = https://central.example/?x=1 | 2 | central.url | without user, query",
        "terminal.id = a\\ncentral.url = https://cen tral     | 2 | central.url          | is not a URL",
        "terminal.id = a\\ndevice.printer = pcsc:*             | 2 | device.printer       | unknown scheme 'pcsc' for a printer",
        "terminal.id = a\\ndevice.printer = escpos+tcp://10.0.0.5 | 2 | device.printer    | is not host:port",
        "terminal.id = a\\ndevice.scanner = serial:ttyACM0     | 2 | device.scanner       | absolute device path",
        "terminal.id = a\\ndevice.printer = escpos+tcp://10.0.0.5:9100?paper=60 | 2 | device.printer | paper=60 is not a paper width",
        "terminal.id = a\\ndevice.scanner = hid:/dev/input/event3?terminator=space | 2 | device.scanner | terminator",
        "terminal.id = a\\ndevice.gpio = gpio:pi4j?presence=17&light=17 | 2 | device.gpio | 17",
      })
  void badValuesNameLineAndField(String text, int line, String field, String message) {
    assertRefused(text.replace("\\n", "\n"), line, field == null ? "" : field)
        .hasMessageContaining(message);
  }

  @Test
  void controlCharactersInAValueAreRefused() {
    assertRefused("terminal.id = a\nterminal.site = Zentral\u0007bibliothek\n", 2, "terminal.site")
        .hasMessageContaining("control characters");
    assertRefused("terminal.id = a\nterminal.site = Zentral\u0000bibliothek\n", 2, "terminal.site")
        .hasMessageContaining("control characters");
  }

  @Test
  void invalidUtf8IsReportedOnItsLine() {
    byte[] text =
        "terminal.id = a\n# fine\nterminal.site = Caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> ProfileReader.parse(FILE, text))
        .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.line()).isEqualTo(3))
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void anOverlongLineIsRefused() {
    assertRefused("terminal.id = a\nterminal.site = " + "x".repeat(5_000) + "\n", 2, "")
        .hasMessageContaining("longer than 1000 characters");
  }

  @Test
  void aSiteNameLongerThanTheScreenAllowsIsRefused() {
    assertRefused("terminal.id = a\nterminal.site = " + "x".repeat(121) + "\n", 2, "terminal.site");
  }

  @Test
  void garbageIsRefusedAtItsFirstLine() {
    String garbage = "terminal.id = a\n" + "@@@ garbage ### \n".repeat(3_000);

    assertRefused(garbage, 2, "").hasMessageContaining("'field = value'");
  }

  @Test
  void tenThousandLinesOfGarbageAreRefusedAsTooLarge() {
    String garbage = "terminal.id = a\n" + "@@@ garbage ### \n".repeat(10_000);

    assertRefused(garbage, 0, "").hasMessageContaining("larger than 64 KiB");
  }

  @Test
  void aHugeFileIsRefusedBeforeReading() throws Exception {
    Path file = folder.resolve("huge.profile");
    Files.write(file, new byte[ProfileReader.MAX_BYTES + 1]);

    assertThatThrownBy(() -> ProfileReader.read(file))
        .isInstanceOf(ProfileException.class)
        .hasMessage(file + ": is larger than 64 KiB; is it really a profile?");
  }

  @Test
  void aMissingFileOrAFolderIsReported() {
    Path missing = folder.resolve("missing.profile");

    assertThatThrownBy(() -> ProfileReader.read(missing)).hasMessage(missing + ": does not exist");
    assertThatThrownBy(() -> ProfileReader.read(folder))
        .isInstanceOf(ProfileException.class)
        .hasMessageStartingWith(folder + ": cannot be read");
  }

  @Test
  void readsFromAFile() throws Exception {
    Path file =
        Files.writeString(folder.resolve("ok.profile"), "terminal.id = file-01\nlanguages = ar\n");

    assertThat(ProfileReader.read(file).languages()).isEqualTo(List.of(Language.ARABIC));
  }
}
