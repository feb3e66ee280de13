package de.buergerinfo.content.search;

import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an evaluation set: UTF-8 lines {@code lang<TAB>query<TAB>id,id,...}; {@code #} starts a
 * comment line; blank lines are skipped. A wrong line is reported with its number.
 */
public final class EvaluationFile {

  /** More cases than this is not an evaluation set. */
  static final int MAX_LINES = 100_000;

  private EvaluationFile() {}

  public static List<EvaluationCase> read(Path file) throws IOException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not UTF-8 text");
    }
    return parse(file.toString(), text);
  }

  static List<EvaluationCase> parse(String name, String text) throws IOException {
    List<EvaluationCase> cases = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    if (lines.length > MAX_LINES) {
      throw new IOException(name + " has more than " + MAX_LINES + " lines");
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String where = name + ":" + (i + 1) + ": ";
      if (fields.length != 3) {
        throw new IOException(
            where
                + "expected lang<TAB>query<TAB>id,id,... but found "
                + fields.length
                + " field(s)");
      }
      Language language =
          Language.fromTag(fields[0].strip())
              .orElseThrow(() -> new IOException(where + "unknown language '" + fields[0] + "'"));
      List<String> ids =
          Arrays.stream(fields[2].split(","))
              .map(String::strip)
              .filter(id -> !id.isEmpty())
              .toList();
      if (fields[1].isBlank() || ids.isEmpty()) {
        throw new IOException(where + "needs a query and at least one expected id");
      }
      cases.add(new EvaluationCase(language, fields[1], ids, i + 1));
    }
    return cases;
  }
}
