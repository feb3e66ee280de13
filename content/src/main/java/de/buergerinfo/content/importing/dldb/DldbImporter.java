package de.buergerinfo.content.importing.dldb;

import static de.buergerinfo.content.importing.JsonFiles.array;
import static de.buergerinfo.content.importing.JsonFiles.object;
import static de.buergerinfo.content.importing.JsonFiles.text;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerinfo.content.catalog.Address;
import de.buergerinfo.content.catalog.BookingReference;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.CatalogException;
import de.buergerinfo.content.catalog.Contact;
import de.buergerinfo.content.catalog.Form;
import de.buergerinfo.content.catalog.GeoPoint;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.OpeningHours;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.importing.HtmlText;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.importing.JsonFiles;
import de.buergerinfo.content.language.Language;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a catalogue in the DLDB format of the ZMS appointment system (Berlin, Munich): {@code
 * services_<lang>.json} and {@code locations_<lang>.json} in one folder. Source ids stay the
 * service and office ids. HTML becomes clean text. The files' types are treated leniently (ids as
 * strings or numbers, {@code false} for missing texts); an entry that still does not fit is left
 * out and listed in the report, never silently dropped.
 */
public final class DldbImporter {

  /** Longest text of one entry we accept; anything longer is broken or hostile. */
  static final int MAX_TEXT_LENGTH = 100_000;

  private static final Pattern FILE = Pattern.compile("(services|locations)_([a-z]{2})\\.json");
  private static final Pattern LEIKA = Pattern.compile("[0-9]{14}");

  private final List<String> skipped = new ArrayList<>();

  private DldbImporter() {}

  /** Imports the DLDB files in {@code folder}. */
  public static ImportReport read(Path folder) throws ImportException {
    return new DldbImporter().importFolder(folder);
  }

  private ImportReport importFolder(Path folder) throws ImportException {
    Map<Language, JsonNode> services = new EnumMap<>(Language.class);
    Map<Language, JsonNode> locations = new EnumMap<>(Language.class);
    try (var files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        Matcher matcher = FILE.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
          continue;
        }
        Optional<Language> language = Language.fromTag(matcher.group(2));
        if (language.isEmpty()) {
          skipped.add(
              file.getFileName() + ": language " + matcher.group(2) + " is not one of ours");
          continue;
        }
        JsonNode data = dataArray(file);
        (matcher.group(1).equals("services") ? services : locations).put(language.get(), data);
      }
    } catch (java.io.IOException e) {
      throw new ImportException(folder + " cannot be listed: " + e.getMessage(), e);
    }
    if (services.isEmpty()) {
      throw new ImportException(folder + " holds no services_<lang>.json (DLDB format)");
    }
    List<Office> offices = offices(locations);
    Set<String> officeIds = new LinkedHashSet<>();
    offices.forEach(office -> officeIds.add(office.id()));
    List<Service> imported = services(services, officeIds);
    try {
      return new ImportReport(
          Catalog.of(imported, offices, List.of(), List.of(), List.of(), List.of()), skipped);
    } catch (CatalogException e) {
      throw new ImportException("the imported catalogue is inconsistent: " + e.getMessage(), e);
    }
  }

  /** The {@code data} array of a DLDB file ({@code {"data": [...], "meta": {...}}}). */
  private static JsonNode dataArray(Path file) throws ImportException {
    JsonNode root = JsonFiles.read(file);
    JsonNode data = root.isObject() ? root.get("data") : null;
    if (data == null || !data.isArray()) {
      throw new ImportException(file + " has no \"data\" array: not a DLDB file");
    }
    return data;
  }

  private List<Office> offices(Map<Language, JsonNode> files) {
    Map<String, List<JsonNode>> byId = byId(files, "location");
    List<Office> offices = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> entry : byId.entrySet()) {
      try {
        offices.add(office(entry.getKey(), entry.getValue(), files));
      } catch (RuntimeException e) {
        skipped.add("location " + entry.getKey() + " skipped: " + e.getMessage());
      }
    }
    return offices;
  }

  private Office office(String id, List<JsonNode> versions, Map<Language, JsonNode> files) {
    JsonNode first = versions.getFirst();
    LocalizedText name =
        localized(files, id, node -> firstNonEmpty(text(node, "displayName"), text(node, "name")));
    JsonNode address = object(first, "address");
    JsonNode geo = object(first, "geo");
    JsonNode contact = object(first, "contact");
    Optional<GeoPoint> point = Optional.empty();
    if (!text(geo, "lat").isEmpty() && !text(geo, "lon").isEmpty()) {
      try {
        point =
            Optional.of(
                new GeoPoint(
                    Double.parseDouble(text(geo, "lat")), Double.parseDouble(text(geo, "lon"))));
      } catch (IllegalArgumentException e) {
        skipped.add("location " + id + ": geo position left out (" + e.getMessage() + ")");
      }
    }
    Optional<URI> web = url(text(contact, "webinfo"));
    return new Office(
        id,
        name,
        new Address(
            checked(text(address, "street")),
            checked(text(address, "house_number")),
            text(address, "postal_code"),
            checked(text(address, "city")),
            LocalizedText.empty()),
        point,
        new Contact(optional(text(contact, "phone")), optional(text(contact, "email")), web),
        OpeningHours.none(),
        LocalizedText.empty(),
        List.of(new BookingReference("zms", id)),
        "imported from DLDB location " + id + "; no opening hours in DLDB");
  }

  private List<Service> services(Map<Language, JsonNode> files, Set<String> officeIds) {
    Map<String, List<JsonNode>> byId = byId(files, "service");
    List<Service> services = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> entry : byId.entrySet()) {
      try {
        services.add(service(entry.getKey(), files, officeIds));
      } catch (RuntimeException e) {
        skipped.add("service " + entry.getKey() + " skipped: " + e.getMessage());
      }
    }
    return services;
  }

  private Service service(String id, Map<Language, JsonNode> files, Set<String> officeIds) {
    Map<Language, JsonNode> versions = versionsOf(files, id);
    JsonNode first = versions.values().iterator().next();
    LocalizedText name = localized(files, id, node -> checked(text(node, "name")));
    Map<Language, String> shortTexts = new EnumMap<>(Language.class);
    Map<Language, String> longTexts = new EnumMap<>(Language.class);
    Map<Language, String> fees = new EnumMap<>(Language.class);
    Map<Language, List<String>> keywords = new EnumMap<>(Language.class);
    Map<URI, Form> forms = new LinkedHashMap<>();
    for (Map.Entry<Language, JsonNode> version : versions.entrySet()) {
      Language language = version.getKey();
      JsonNode node = version.getValue();
      HtmlText.Result description = HtmlText.convert(checked(text(node, "description")));
      longTexts.put(language, description.text());
      shortTexts.put(language, firstParagraph(description.text()));
      fees.put(language, HtmlText.toText(checked(text(node, "fees"))));
      keywords.put(
          language, List.of(checked(text(object(node, "meta"), "keywords")).split("\\s*,\\s*")));
      for (String list : List.of("forms", "links")) {
        for (JsonNode form : array(node, list)) {
          url(text(form, "link"))
              .ifPresent(
                  url ->
                      forms.putIfAbsent(
                          url,
                          new Form(
                              LocalizedText.of(
                                  language, firstNonEmpty(text(form, "name"), url.getHost())),
                              url)));
        }
      }
      for (HtmlText.Link link : description.links()) {
        forms.putIfAbsent(
            link.url(), new Form(LocalizedText.of(language, link.text()), link.url()));
      }
    }
    List<String> offices = new ArrayList<>();
    for (JsonNode location : array(first, "locations")) {
      String office = text(location, "location");
      if (officeIds.contains(office)) {
        offices.add(office);
      } else if (!office.isEmpty()) {
        skipped.add("service " + id + ": location " + office + " is not in the locations file");
      }
    }
    boolean bookable = !first.path("public").isBoolean() || first.path("public").booleanValue();
    JsonNode authority =
        array(first, "authorities").iterator().hasNext()
            ? array(first, "authorities").iterator().next()
            : object(first, "none");
    return new Service(
        id,
        leikaKeys(id, text(first, "leika")),
        name,
        new LocalizedText(shortTexts),
        new LocalizedText(longTexts),
        keywords,
        List.of(),
        List.of(),
        new LocalizedText(fees),
        LocalizedText.empty(),
        List.copyOf(forms.values()),
        Optional.empty(),
        text(authority, "name").isEmpty()
            ? LocalizedText.empty()
            : LocalizedText.of(Language.GERMAN, text(authority, "name")),
        offices,
        bookable && !offices.isEmpty() ? List.of(new BookingReference("zms", id)) : List.of(),
        List.of(),
        lastUpdate(object(first, "meta")),
        "imported from DLDB service " + id);
  }

  /** Several keys may stand comma-separated; a malformed one is reported and left out. */
  private List<LeikaKey> leikaKeys(String id, String text) {
    List<LeikaKey> keys = new ArrayList<>();
    for (String part : text.split("\\s*,\\s*")) {
      if (part.isEmpty()) {
        continue;
      }
      if (LEIKA.matcher(part).matches()) {
        keys.add(new LeikaKey(part));
      } else {
        skipped.add(
            "service " + id + ": LeiKa key '" + shorten(part) + "' left out (not 14 digits)");
      }
    }
    return keys;
  }

  private static Optional<LocalDate> lastUpdate(JsonNode meta) {
    String text = text(meta, "lastupdate");
    try {
      return text.length() >= 10
          ? Optional.of(LocalDate.parse(text.substring(0, 10)))
          : Optional.empty();
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Entries of every language file grouped by id, in the order of the first file. */
  private static Map<String, List<JsonNode>> byId(Map<Language, JsonNode> files, String kind) {
    Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
    files
        .values()
        .forEach(
            data ->
                data.forEach(
                    entry ->
                        byId.computeIfAbsent(idOf(entry, kind), k -> new ArrayList<>())
                            .add(entry)));
    return byId;
  }

  private static String idOf(JsonNode entry, String kind) {
    String id = entry.isObject() ? text(entry, "id") : "";
    if (id.isEmpty()) {
      return "(" + kind + " without id)";
    }
    return id.length() > 80 ? shorten(id) : id;
  }

  private static Map<Language, JsonNode> versionsOf(Map<Language, JsonNode> files, String id) {
    Map<Language, JsonNode> versions = new EnumMap<>(Language.class);
    files.forEach(
        (language, data) ->
            data.forEach(
                entry -> {
                  if (entry.isObject() && text(entry, "id").equals(id)) {
                    versions.putIfAbsent(language, entry);
                  }
                }));
    return versions;
  }

  private static LocalizedText localized(
      Map<Language, JsonNode> files,
      String id,
      java.util.function.Function<JsonNode, String> field) {
    Map<Language, String> values = new EnumMap<>(Language.class);
    versionsOf(files, id).forEach((language, node) -> values.put(language, field.apply(node)));
    return new LocalizedText(values);
  }

  private static String firstParagraph(String text) {
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    return first.length() <= 400 ? first : first.substring(0, first.lastIndexOf(' ', 400)) + " …";
  }

  private static String checked(String text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "a text is " + text.length() + " characters long, more than " + MAX_TEXT_LENGTH);
    }
    return text;
  }

  private static Optional<URI> url(String text) {
    if (text.isEmpty() || text.length() > 2_000) {
      return Optional.empty();
    }
    try {
      URI url = new URI(text);
      String scheme =
          url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && url.getHost() != null
          ? Optional.of(url)
          : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> optional(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String firstNonEmpty(String first, String second) {
    return first.isEmpty() ? second : first;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
