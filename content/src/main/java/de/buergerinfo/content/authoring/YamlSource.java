package de.buergerinfo.content.authoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML authoring file into {@link SourceNode}s. Only the parser is used: no objects are
 * constructed from tags, aliases are limited, and size, depth and string length are bounded.
 */
final class YamlSource {

  /** Largest authoring file: a service with long texts in nine languages is about 30 KiB. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final YAMLFactory FACTORY = createFactory();

  private YamlSource() {}

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit(MAX_BYTES);
    options.setNestingDepthLimit(30);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(30).maxStringLength(200_000).build());
    return factory;
  }

  /**
   * Parses {@code bytes}.
   *
   * @throws SourceException with the line of the syntax error
   */
  static SourceNode parse(byte[] bytes) throws SourceException {
    if (bytes.length > MAX_BYTES) {
      throw new SourceException(0, "", "is larger than " + MAX_BYTES / 1024 + " KiB");
    }
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SourceException(0, "", "is empty");
      }
      SourceNode root = read(parser);
      if (parser.nextToken() != null) {
        throw new SourceException(line(parser), "", "holds more than one YAML document");
      }
      return root;
    } catch (IOException e) {
      int line =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException processing
                  && processing.getLocation() != null
              ? processing.getLocation().getLineNr()
              : 0;
      String message =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException processing
              ? processing.getOriginalMessage()
              : e.getMessage();
      throw new SourceException(Math.max(line, 0), "", "is not valid YAML: " + firstLine(message));
    }
  }

  private static SourceNode read(JsonParser parser) throws IOException, SourceException {
    int line = line(parser);
    JsonToken token = parser.currentToken();
    if (parser instanceof YAMLParser yaml
        && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
      // Content has no use for them, and refusing them rules out alias bombs entirely.
      throw new SourceException(
          line, "", "uses YAML anchors or aliases (& or *); write the text out");
    }
    return switch (token) {
      case START_OBJECT -> {
        Map<String, SourceNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = line(parser);
          parser.nextToken();
          if (entries.put(key, read(parser)) != null) {
            throw new SourceException(keyLine, key, "is given twice");
          }
          keyLines.put(key, keyLine);
        }
        yield new SourceNode.Mapping(entries, keyLines, line);
      }
      case START_ARRAY -> {
        List<SourceNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser));
        }
        yield new SourceNode.Sequence(items, line);
      }
      case VALUE_NULL -> new SourceNode.Empty(line);
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
          new SourceNode.Scalar(parser.getText(), line);
      default -> throw new SourceException(line, "", "has an unexpected YAML element " + token);
    };
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static String firstLine(String message) {
    String text = message == null ? "unknown error" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
