package de.buergerinfo.content.catalog.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The catalogue's entries as canonical JSON: how the store keeps them and how bundles carry them.
 * Reading goes through the records' constructors, so JSON from outside is validated exactly like
 * authored content; languages are written as their tags ({@code de-x-easy}), texts as plain maps.
 */
public final class CatalogJson {

  /** Largest JSON of one entry. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final ObjectMapper MAPPER = createMapper();

  private CatalogJson() {}

  /**
   * Writes an entry (a Service, Office, LifeSituation, GuidedFlow, Announcement, GlossaryConcept).
   */
  public static byte[] write(Object entry) {
    try {
      return MAPPER.writeValueAsBytes(entry);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a catalogue entry could not be written as JSON", e);
    }
  }

  /**
   * Reads an entry of {@code type}.
   *
   * @throws ContentFormatException naming what is wrong, with its JSON path
   */
  public static <T> T read(byte[] json, Class<T> type) throws ContentFormatException {
    if (json.length > MAX_BYTES) {
      throw new ContentFormatException(
          type.getSimpleName() + " JSON is larger than " + MAX_BYTES + " bytes");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new ContentFormatException(
          type.getSimpleName() + " JSON is not valid at " + path(e) + ": " + firstLine(message), e);
    } catch (IOException e) {
      throw new ContentFormatException(
          type.getSimpleName() + " JSON cannot be read: " + firstLine(e.getMessage()), e);
    }
  }

  private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unknown error";
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static ObjectMapper createMapper() {
    SimpleModule catalog = new SimpleModule("bis-catalog");
    catalog.addSerializer(Language.class, new LanguageSerializer());
    catalog.addDeserializer(Language.class, new LanguageDeserializer());
    catalog.addKeySerializer(Language.class, new LanguageKeySerializer());
    catalog.addKeyDeserializer(Language.class, new LanguageKeyDeserializer());
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(MAX_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(catalog)
        .addMixIn(LocalizedText.class, LocalizedTextMixin.class)
        .addMixIn(LeikaKey.class, LeikaKeyMixin.class)
        .addMixIn(FlowStep.class, FlowStepMixin.class)
        // Record components are the data; helpers such as isClosed() or isEmpty() are not.
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }

  /** A text is its language map. */
  abstract static class LocalizedTextMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    LocalizedTextMixin(Map<Language, String> values) {}

    @JsonValue
    abstract Map<Language, String> values();
  }

  /** A LeiKa key is its 14 digits. */
  abstract static class LeikaKeyMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    LeikaKeyMixin(String value) {}

    @JsonValue
    abstract String value();
  }

  /** Flow steps carry their kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "step")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = FlowStep.Ask.class, name = "ask"),
    @JsonSubTypes.Type(value = FlowStep.Finish.class, name = "finish")
  })
  abstract static class FlowStepMixin {}

  private static final class LanguageSerializer extends JsonSerializer<Language> {
    @Override
    public void serialize(Language value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString(value.tag());
    }
  }

  private static final class LanguageKeySerializer extends JsonSerializer<Language> {
    @Override
    public void serialize(Language value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeFieldName(value.tag());
    }
  }

  private static final class LanguageDeserializer extends JsonDeserializer<Language> {
    @Override
    public Language deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String tag = parser.getValueAsString();
      return Language.fromTag(tag)
          .orElseThrow(
              () -> context.weirdStringException(tag, Language.class, "not one of our languages"));
    }
  }

  private static final class LanguageKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      return Language.fromTag(key)
          .orElseThrow(
              () -> context.weirdKeyException(Language.class, key, "not one of our languages"));
    }
  }
}
