package de.buergerinfo.content.importing.ozg;

import static de.buergerinfo.content.importing.JsonFiles.text;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.CatalogException;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.importing.ImportException;
import de.buergerinfo.content.importing.ImportReport;
import de.buergerinfo.content.importing.JsonFiles;
import de.buergerinfo.content.language.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the OZG catalogue (German "Onlinezugangsgesetz" service catalogue): its 55 life
 * situations ("Lebenslagen") and its 5,249 LeiKa services, each linked to its life situation
 * through its OZG service. Texts are German names only. Service ids are {@code leika-<key>} where a
 * LeiKa key exists, else {@code ozg-<row id>}; life situation ids are {@code ozg-situation-<id>}.
 */
public final class OzgImporter {

  private final List<String> skipped = new ArrayList<>();

  private OzgImporter() {}

  /** Imports {@code situations.json}, {@code ozg-services.json} and {@code leika-services.json}. */
  public static ImportReport read(Path folder) throws ImportException {
    return new OzgImporter().importFolder(folder);
  }

  /** The id a life situation of the OZG catalogue gets here. */
  public static String situationId(int ozgSituationId) {
    return "ozg-situation-" + ozgSituationId;
  }

  private ImportReport importFolder(Path folder) throws ImportException {
    JsonNode situations = array(folder.resolve("situations.json"));
    JsonNode ozgServices = array(folder.resolve("ozg-services.json"));
    JsonNode leikaServices = array(folder.resolve("leika-services.json"));

    Map<Integer, LifeSituation> situationById = new LinkedHashMap<>();
    for (JsonNode row : situations) {
      try {
        int id = number(row, "id");
        situationById.put(
            id,
            new LifeSituation(
                situationId(id),
                LocalizedText.of(Language.GERMAN, text(row, "name")),
                LocalizedText.empty(),
                Optional.of(id)));
      } catch (RuntimeException e) {
        skipped.add("situation " + shorten(row.toString()) + " skipped: " + e.getMessage());
      }
    }
    Map<Integer, Integer> situationOfOzgService = new HashMap<>();
    for (JsonNode row : ozgServices) {
      try {
        situationOfOzgService.put(number(row, "id"), number(row, "situationId"));
      } catch (RuntimeException e) {
        skipped.add("OZG service " + shorten(row.toString()) + " skipped: " + e.getMessage());
      }
    }
    Map<String, Service> services = new LinkedHashMap<>();
    for (JsonNode row : leikaServices) {
      try {
        Service service = service(row, situationOfOzgService, situationById);
        if (services.putIfAbsent(service.id(), service) != null) {
          skipped.add("LeiKa service " + service.id() + " appears twice; the first is kept");
        }
      } catch (RuntimeException e) {
        skipped.add("LeiKa service " + shorten(row.toString()) + " skipped: " + e.getMessage());
      }
    }
    try {
      return new ImportReport(
          Catalog.of(
              List.copyOf(services.values()),
              List.of(),
              List.copyOf(situationById.values()),
              List.of(),
              List.of(),
              List.of()),
          skipped);
    } catch (CatalogException e) {
      throw new ImportException("the imported OZG catalogue is inconsistent: " + e.getMessage(), e);
    }
  }

  private Service service(
      JsonNode row,
      Map<Integer, Integer> situationOfOzgService,
      Map<Integer, LifeSituation> situations) {
    String key = text(row, "leikaKey");
    String id = key.isEmpty() ? "ozg-" + number(row, "id") : "leika-" + key;
    List<LeikaKey> keys = key.isEmpty() ? List.of() : List.of(new LeikaKey(key));
    List<String> situationIds = new ArrayList<>();
    JsonNode ozgService = row.get("ozgServiceId");
    if (ozgService != null && ozgService.canConvertToInt()) {
      Integer situation = situationOfOzgService.get(ozgService.intValue());
      if (situation != null && situations.containsKey(situation)) {
        situationIds.add(situationId(situation));
      }
    }
    return new Service(
        id,
        keys,
        LocalizedText.of(Language.GERMAN, text(row, "name")),
        LocalizedText.empty(),
        LocalizedText.empty(),
        Map.of(),
        List.of(),
        List.of(),
        LocalizedText.empty(),
        LocalizedText.empty(),
        List.of(),
        Optional.empty(),
        LocalizedText.empty(),
        List.of(),
        List.of(),
        situationIds,
        Optional.empty(),
        "imported from the OZG catalogue 2019-10, row " + text(row, "id"));
  }

  private static JsonNode array(Path file) throws ImportException {
    JsonNode root = JsonFiles.read(file);
    if (!root.isArray()) {
      throw new ImportException(file + " must be a JSON array");
    }
    return root;
  }

  private static int number(JsonNode row, String field) {
    JsonNode value = row.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("field " + field + " is not a whole number");
    }
    return value.intValue();
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
