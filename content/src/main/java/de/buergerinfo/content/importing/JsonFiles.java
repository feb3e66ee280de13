package de.buergerinfo.content.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads catalogue JSON files from outside with limits, and the lenient value getters they need. */
public final class JsonFiles {

  /** Largest catalogue file accepted; Munich's services file is about 1 MiB. */
  public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  /** Longest single string value; longer texts are refused per entry, not per file. */
  static final int MAX_STRING_LENGTH = 20_000_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNumberLength(40)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .build();

  private JsonFiles() {}

  /** Parses {@code file}, or says plainly why it cannot. */
  public static JsonNode read(Path file) throws ImportException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ImportException(file + " does not exist or is not a file");
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ImportException(
            file + " is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
      }
      return MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ImportException(
          file + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ImportException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The field as text: strings as they are, numbers as written; null, false, missing as "". */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isBoolean() || value.isContainerNode()) {
      return "";
    }
    return value.asText().strip();
  }

  /** The field as an array (or empty when it is missing or something else). */
  public static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isArray() ? value : java.util.List.of();
  }

  /** The field as an object (or an empty one). */
  public static JsonNode object(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isObject() ? value : MAPPER.createObjectNode();
  }
}
