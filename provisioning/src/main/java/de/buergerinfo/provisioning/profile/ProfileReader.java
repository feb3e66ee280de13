package de.buergerinfo.provisioning.profile;

import de.buergerinfo.content.bundle.ManifestKeys;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.EditDistance;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.setup.TerminalDevices;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a terminal profile: a UTF-8 text file of {@code field = value} lines, with {@code #}
 * comments. Every problem is reported with file, line and field; a profile is either read whole or
 * refused. See {@code docs/terminal-profile.md} for the fields.
 */
public final class ProfileReader {

  /** Largest profile file accepted; real ones are well under 2 KiB. */
  public static final int MAX_BYTES = 64 * 1024;

  /** Longest line accepted. */
  public static final int MAX_LINE_LENGTH = 1_000;

  static final Duration MIN_IDLE = Duration.ofSeconds(30);
  static final Duration MAX_IDLE = Duration.ofMinutes(30);

  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9.-]*");
  private static final Pattern TERMINAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,6})\\s*(s|m|min)?");

  /** Every field a profile may hold. */
  enum Field {
    TERMINAL_ID("terminal.id"),
    TERMINAL_SITE("terminal.site"),
    CENTRAL_URL("central.url"),
    CENTRAL_TRUSTED_KEYS("central.trusted-keys"),
    CONTENT_POLL_INTERVAL("content.poll-interval"),
    LANGUAGES("languages"),
    LANGUAGES_DEFAULT("languages.default"),
    DISPLAY_ORIENTATION("display.orientation"),
    SESSION_IDLE_TIMEOUT("session.idle-timeout"),
    DEVICE_PRINTER("device.printer"),
    DEVICE_CARD_READER("device.card-reader"),
    DEVICE_SCANNER("device.scanner"),
    DEVICE_GPIO("device.gpio");

    final String key;

    Field(String key) {
      this.key = key;
    }

    static Optional<Field> byKey(String key) {
      for (Field field : values()) {
        if (field.key.equals(key)) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }
  }

  /** One {@code field = value} line. */
  private record Entry(int line, Field field, String value) {}

  private final Path file;

  private ProfileReader(Path file) {
    this.file = file;
  }

  /** Reads and checks the profile in {@code file}. */
  public static TerminalProfile read(Path file) throws ProfileException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ProfileException(file, 0, "", "does not exist");
    } catch (IOException e) {
      throw new ProfileException(file, 0, "", "cannot be read: " + e.getMessage());
    }
    return parse(file, bytes);
  }

  /** Checks a profile's bytes; {@code file} names it in messages. */
  public static TerminalProfile parse(Path file, byte[] bytes) throws ProfileException {
    return new ProfileReader(file).parse(bytes);
  }

  private TerminalProfile parse(byte[] bytes) throws ProfileException {
    if (bytes.length > MAX_BYTES) {
      throw error(0, "", "is larger than " + MAX_BYTES / 1024 + " KiB; is it really a profile?");
    }
    Map<Field, Entry> entries = entries(lines(bytes));
    Entry id = entries.get(Field.TERMINAL_ID);
    if (id == null) {
      throw error(0, Field.TERMINAL_ID.key, "is missing; every terminal needs a unique id");
    }
    TerminalProfile defaults = TerminalProfile.embeddedDefault();
    List<Language> languages =
        entries.containsKey(Field.LANGUAGES)
            ? languages(entries.get(Field.LANGUAGES))
            : defaults.languages();
    Language defaultLanguage =
        entries.containsKey(Field.LANGUAGES_DEFAULT)
            ? defaultLanguage(entries.get(Field.LANGUAGES_DEFAULT), languages)
            : languages.getFirst();
    return new TerminalProfile(
        terminalId(id),
        entries.containsKey(Field.TERMINAL_SITE)
            ? site(entries.get(Field.TERMINAL_SITE))
            : id.value(),
        entries.containsKey(Field.CENTRAL_URL)
            ? Optional.of(centralUrl(entries.get(Field.CENTRAL_URL)))
            : Optional.empty(),
        trustedKeys(entries),
        languages,
        defaultLanguage,
        entries.containsKey(Field.DISPLAY_ORIENTATION)
            ? orientation(entries.get(Field.DISPLAY_ORIENTATION))
            : defaults.orientation(),
        entries.containsKey(Field.SESSION_IDLE_TIMEOUT)
            ? idleTimeout(entries.get(Field.SESSION_IDLE_TIMEOUT))
            : defaults.idleTimeout(),
        entries.containsKey(Field.CONTENT_POLL_INTERVAL)
            ? pollInterval(entries.get(Field.CONTENT_POLL_INTERVAL))
            : defaults.contentPollInterval(),
        devices(entries));
  }

  /** Decodes the file line by line, so a bad byte is reported with its line. */
  private List<String> lines(byte[] bytes) throws ProfileException {
    List<String> lines = new ArrayList<>();
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3; // a byte order mark, as some Windows editors write
    }
    int lineNumber = 1;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        if (end - start > MAX_LINE_LENGTH * 4) {
          throw error(lineNumber, "", "is longer than " + MAX_LINE_LENGTH + " characters");
        }
        lines.add(decode(bytes, start, end, lineNumber));
        start = i + 1;
        lineNumber++;
      }
    }
    return lines;
  }

  private String decode(byte[] bytes, int from, int to, int lineNumber) throws ProfileException {
    try {
      String line =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, to - from))
              .toString();
      if (line.length() > MAX_LINE_LENGTH) {
        throw error(lineNumber, "", "is longer than " + MAX_LINE_LENGTH + " characters");
      }
      return line;
    } catch (CharacterCodingException e) {
      throw error(lineNumber, "", "is not UTF-8 text; save the profile as UTF-8");
    }
  }

  private Map<Field, Entry> entries(List<String> lines) throws ProfileException {
    Map<Field, Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw error(lineNumber, "", "is not of the form 'field = value'");
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (!FIELD_NAME.matcher(key).matches()) {
        throw error(lineNumber, "", "has no valid field name before '='");
      }
      Field field =
          Field.byKey(key)
              .orElseThrow(() -> error(lineNumber, key, "is unknown" + suggestion(key)));
      if (value.isEmpty()) {
        throw error(lineNumber, key, "has no value; remove the line to use the default");
      }
      if (value.codePoints().anyMatch(Character::isISOControl)) {
        throw error(lineNumber, key, "contains control characters");
      }
      Entry earlier = entries.putIfAbsent(field, new Entry(lineNumber, field, value));
      if (earlier != null) {
        throw error(lineNumber, key, "is given twice (first on line " + earlier.line() + ")");
      }
    }
    return entries;
  }

  private static String suggestion(String key) {
    String best = null;
    int bestDistance = 4;
    for (Field field : Field.values()) {
      int distance = EditDistance.between(key, field.key);
      if (distance < bestDistance) {
        best = field.key;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private String terminalId(Entry entry) throws ProfileException {
    if (!TERMINAL_ID.matcher(entry.value()).matches()) {
      throw error(
          entry,
          "must be 1 to 63 lowercase letters, digits and '-', starting with a letter or digit");
    }
    return entry.value();
  }

  private String site(Entry entry) throws ProfileException {
    if (entry.value().length() > 120) {
      throw error(entry, "is longer than 120 characters");
    }
    return entry.value();
  }

  /** One key, or two during a key rotation; required with a central server, refused without. */
  private List<PublicKey> trustedKeys(Map<Field, Entry> entries) throws ProfileException {
    Entry keys = entries.get(Field.CENTRAL_TRUSTED_KEYS);
    Entry central = entries.get(Field.CENTRAL_URL);
    if (keys == null) {
      if (central != null) {
        throw error(
            central,
            "needs 'central.trusted-keys = ed25519:...' (the key the central server prints at"
                + " start), so the terminal accepts only the city's content");
      }
      return List.of();
    }
    if (central == null) {
      throw error(keys, "only makes sense with central.url (the embedded central is trusted)");
    }
    List<PublicKey> result = new ArrayList<>();
    for (String text : keys.value().split(",", -1)) {
      try {
        result.add(ManifestKeys.publicKey(text));
      } catch (IllegalArgumentException e) {
        throw error(keys, e.getMessage());
      }
    }
    if (result.size() > 2) {
      throw error(keys, "holds at most two keys (the old and the new one during a rotation)");
    }
    return result;
  }

  private URI centralUrl(Entry entry) throws ProfileException {
    URI uri;
    try {
      uri = new URI(entry.value());
    } catch (URISyntaxException e) {
      throw error(entry, "is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw error(entry, "must start with https:// (or http:// on a closed network)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw error(entry, "has no host name");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw error(entry, "must be a plain base URL without user, query or '#' part");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return URI.create(scheme + "://" + uri.getRawAuthority() + path.replaceAll("/+$", ""));
  }

  private List<Language> languages(Entry entry) throws ProfileException {
    List<Language> languages = new ArrayList<>();
    for (String tag : entry.value().split(",", -1)) {
      Language language = language(entry, tag.strip());
      if (languages.contains(language)) {
        throw error(entry, "lists '" + tag.strip() + "' twice");
      }
      languages.add(language);
    }
    return languages;
  }

  private Language defaultLanguage(Entry entry, List<Language> languages) throws ProfileException {
    Language language = language(entry, entry.value());
    if (!languages.contains(language)) {
      throw error(
          entry, "must be one of the terminal's languages, but '" + entry.value() + "' is not");
    }
    return language;
  }

  private Language language(Entry entry, String tag) throws ProfileException {
    if (tag.isEmpty()) {
      throw error(entry, "has an empty language between commas");
    }
    return Language.fromTag(tag)
        .orElseThrow(
            () ->
                error(
                    entry,
                    "has the unknown language '" + tag + "'; known are " + Language.allTags()));
  }

  private ScreenOrientation orientation(Entry entry) throws ProfileException {
    for (ScreenOrientation orientation : ScreenOrientation.values()) {
      if (orientation.id().equals(entry.value())) {
        return orientation;
      }
    }
    throw error(entry, "must be 'landscape' or 'portrait'");
  }

  private Duration duration(Entry entry) throws ProfileException {
    Matcher matcher = DURATION.matcher(entry.value());
    if (!matcher.matches()) {
      throw error(entry, "must be a duration such as 120s or 2m");
    }
    long amount = Long.parseLong(matcher.group(1));
    return matcher.group(2) == null || matcher.group(2).equals("s")
        ? Duration.ofSeconds(amount)
        : Duration.ofMinutes(amount);
  }

  private Duration pollInterval(Entry entry) throws ProfileException {
    Duration interval = duration(entry);
    if (interval.compareTo(Duration.ofSeconds(10)) < 0
        || interval.compareTo(Duration.ofMinutes(60)) > 0) {
      throw error(entry, "must be between 10s and 60m");
    }
    return interval;
  }

  private Duration idleTimeout(Entry entry) throws ProfileException {
    Duration timeout = duration(entry);
    if (timeout.compareTo(MIN_IDLE) < 0 || timeout.compareTo(MAX_IDLE) > 0) {
      throw error(
          entry,
          "must be between 30s and 30m, so citizens have time but no one finds a stranger's session");
    }
    return timeout;
  }

  private DeviceSetup devices(Map<Field, Entry> entries) throws ProfileException {
    Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
    device(entries.get(Field.DEVICE_PRINTER), DeviceKind.PRINTER, addresses);
    device(entries.get(Field.DEVICE_CARD_READER), DeviceKind.CARD_READER, addresses);
    device(entries.get(Field.DEVICE_SCANNER), DeviceKind.SCANNER, addresses);
    device(entries.get(Field.DEVICE_GPIO), DeviceKind.GPIO, addresses);
    return new DeviceSetup(addresses);
  }

  private void device(Entry entry, DeviceKind kind, Map<DeviceKind, DeviceAddress> addresses)
      throws ProfileException {
    if (entry == null) {
      return; // not configured: none
    }
    try {
      DeviceAddress address = DeviceAddress.parse(kind, entry.value());
      TerminalDevices.checkOptions(kind, address);
      addresses.put(kind, address);
    } catch (IllegalArgumentException e) {
      throw error(entry, e.getMessage());
    }
  }

  private ProfileException error(Entry entry, String problem) {
    return error(entry.line(), entry.field().key, problem);
  }

  private ProfileException error(int line, String field, String problem) {
    return new ProfileException(file, line, field, problem);
  }
}
