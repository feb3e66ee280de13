package de.buergerinfo.content.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes manifests as JSON: {@code {"format":1,"version":N,"created":"...","objects":[
 * {"path":...,"sha256":...,"size":...}]}}. Reading treats the bytes as hostile: size, depth, string
 * and number lengths are limited, duplicate keys are refused, and every error names the field.
 */
public final class ManifestJson {

  /** The format this code writes and reads. */
  public static final int FORMAT = 1;

  /** Largest manifest accepted: about 40,000 objects, far above a city's catalogue. */
  public static final int MAX_BYTES = 8 * 1024 * 1024;

  private static final ObjectMapper MAPPER = createMapper();

  private ManifestJson() {}

  private static ObjectMapper createMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxStringLength(1024)
                    .maxNumberLength(20)
                    .maxNameLength(64)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory).build();
  }

  /**
   * The manifest as compact UTF-8 JSON, fields in a fixed order so equal manifests give equal
   * bytes.
   */
  public static byte[] write(Manifest manifest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + manifest.objects().size() * 128);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeNumberField("version", manifest.version());
      json.writeStringField("created", manifest.created().toString());
      json.writeStringField("expires", manifest.expires().toString());
      writeEntries(json, "objects", manifest.objects());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a manifest.
   *
   * @throws ContentFormatException naming what is wrong, for example {@code objects[3].sha256}
   */
  public static Manifest read(byte[] bytes) throws ContentFormatException {
    JsonNode root = tree(bytes);
    long format = requireLong(root, "format", "format");
    if (format != FORMAT) {
      throw new ContentFormatException(
          "manifest format "
              + format
              + " is not supported (this terminal reads format "
              + FORMAT
              + ")");
    }
    long version = requireLong(root, "version", "version");
    Instant created = requireInstant(root, "created");
    Instant expires = requireInstant(root, "expires");
    JsonNode objects = root.get("objects");
    if (objects == null || !objects.isArray()) {
      throw new ContentFormatException("manifest field 'objects' must be an array");
    }
    List<ManifestEntry> entries = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      entries.add(readEntry(objects.get(i), "objects[" + i + "]"));
    }
    try {
      return new Manifest(version, created, expires, entries);
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("manifest is inconsistent: " + e.getMessage(), e);
    }
  }

  /** Parses {@code bytes} into a JSON object, within the limits, refusing non-UTF-8. */
  private static JsonNode tree(byte[] bytes) throws ContentFormatException {
    if (bytes.length > MAX_BYTES) {
      throw new ContentFormatException(
          "manifest is " + bytes.length + " bytes, more than the limit of " + MAX_BYTES);
    }
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(bytes)) {
      try {
        root = MAPPER.readTree(parser);
        if (parser.nextToken() != null) {
          throw new ContentFormatException("manifest has data after the JSON object");
        }
      } catch (JsonProcessingException e) {
        throw new ContentFormatException(
            "manifest is not valid JSON" + location(parser) + ": " + e.getOriginalMessage(), e);
      }
    } catch (IOException e) {
      throw new ContentFormatException("manifest could not be read: " + e.getMessage(), e);
    }
    requireUtf8(bytes);
    if (root == null || !root.isObject()) {
      throw new ContentFormatException("manifest must be a JSON object");
    }
    return root;
  }

  private static void writeEntries(JsonGenerator json, String field, List<ManifestEntry> entries)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (ManifestEntry entry : entries) {
      json.writeStartObject();
      json.writeStringField("path", entry.path());
      json.writeStringField("sha256", entry.sha256());
      json.writeNumberField("size", entry.size());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** A delta as compact UTF-8 JSON, fields in a fixed order. */
  public static byte[] writeDelta(ManifestDelta delta) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + delta.changed().size() * 128);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeNumberField("baseVersion", delta.baseVersion());
      json.writeStringField("baseSha256", delta.baseSha256());
      json.writeNumberField("version", delta.version());
      json.writeStringField("created", delta.created().toString());
      json.writeStringField("expires", delta.expires().toString());
      writeEntries(json, "changed", delta.changed());
      json.writeArrayFieldStart("removed");
      for (String path : delta.removed()) {
        json.writeString(path);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a delta.
   *
   * @throws ContentFormatException naming what is wrong
   */
  public static ManifestDelta readDelta(byte[] bytes) throws ContentFormatException {
    JsonNode root = tree(bytes);
    if (root == null || !root.isObject()) {
      throw new ContentFormatException("manifest delta must be a JSON object");
    }
    if (requireLong(root, "format", "format") != FORMAT) {
      throw new ContentFormatException("manifest delta format is not supported");
    }
    JsonNode changed = root.get("changed");
    JsonNode removed = root.get("removed");
    if (changed == null || !changed.isArray() || removed == null || !removed.isArray()) {
      throw new ContentFormatException("manifest delta needs the arrays 'changed' and 'removed'");
    }
    List<ManifestEntry> entries = new ArrayList<>(changed.size());
    for (int i = 0; i < changed.size(); i++) {
      entries.add(readEntry(changed.get(i), "changed[" + i + "]"));
    }
    List<String> paths = new ArrayList<>(removed.size());
    for (int i = 0; i < removed.size(); i++) {
      if (!removed.get(i).isTextual()) {
        throw new ContentFormatException("manifest field 'removed[" + i + "]' must be a string");
      }
      paths.add(removed.get(i).textValue());
    }
    try {
      return new ManifestDelta(
          requireLong(root, "baseVersion", "baseVersion"),
          requireText(root, "baseSha256", "baseSha256"),
          requireLong(root, "version", "version"),
          requireInstant(root, "created"),
          requireInstant(root, "expires"),
          entries,
          paths);
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("manifest delta is inconsistent: " + e.getMessage(), e);
    }
  }

  /** Where the parser is, such as {@code " at 'objects[3].path'"}; empty at the top level. */
  private static String location(JsonParser parser) {
    StringBuilder where = new StringBuilder();
    for (JsonStreamContext context = parser.getParsingContext();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray() && context.getCurrentIndex() >= 0) {
        where.insert(0, "[" + context.getCurrentIndex() + "]");
      } else if (context.inObject() && context.getCurrentName() != null) {
        boolean top = context.getParent() == null || context.getParent().inRoot();
        where.insert(0, (top ? "" : ".") + context.getCurrentName());
      }
    }
    return where.isEmpty() ? "" : " at '" + where + "'";
  }

  /**
   * Refuses bytes that are not UTF-8. The JSON parser finds most such errors itself but decodes
   * overlong forms (such as {@code C0 AF} for '/') without complaint.
   */
  private static void requireUtf8(byte[] bytes) throws ContentFormatException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw new ContentFormatException(
            "manifest is not valid UTF-8: malformed bytes at offset " + in.position());
      }
    } while (result.isOverflow());
  }

  private static ManifestEntry readEntry(JsonNode node, String where)
      throws ContentFormatException {
    if (!node.isObject()) {
      throw new ContentFormatException("manifest field '" + where + "' must be an object");
    }
    String path = requireText(node, "path", where + ".path");
    String sha256 = requireText(node, "sha256", where + ".sha256");
    long size = requireLong(node, "size", where + ".size");
    try {
      return new ManifestEntry(path, sha256, size);
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("manifest field '" + where + "': " + e.getMessage(), e);
    }
  }

  private static long requireLong(JsonNode parent, String field, String where)
      throws ContentFormatException {
    JsonNode node = parent.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new ContentFormatException("manifest field '" + where + "' must be a whole number");
    }
    long value = node.longValue();
    if (value < 0) {
      throw new ContentFormatException("manifest field '" + where + "' must not be negative");
    }
    return value;
  }

  private static String requireText(JsonNode parent, String field, String where)
      throws ContentFormatException {
    JsonNode node = parent.get(field);
    if (node == null || !node.isTextual()) {
      throw new ContentFormatException("manifest field '" + where + "' must be a string");
    }
    return node.textValue();
  }

  private static Instant requireInstant(JsonNode parent, String field)
      throws ContentFormatException {
    String text = requireText(parent, field, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ContentFormatException(
          "manifest field '" + field + "' must be a UTC time such as 2026-11-24T10:15:30Z", e);
    }
  }
}
