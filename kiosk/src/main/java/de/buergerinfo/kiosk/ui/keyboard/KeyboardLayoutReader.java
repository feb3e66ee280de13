package de.buergerinfo.kiosk.ui.keyboard;

import de.buergerinfo.kiosk.ui.keyboard.KeyboardLayout.Script;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code .layout} format described in {@code README.md} next to the layout files. Layout
 * files are data and may come from elsewhere one day, so every limit is checked and every error
 * names the file and line; nothing in a file can make the reader use much memory or time.
 */
public final class KeyboardLayoutReader {

  static final int MAX_BYTES = 16 * 1024;
  static final int MAX_LINE_LENGTH = 400;
  static final int MAX_ROWS = 8;
  static final int MAX_KEYS_PER_ROW = 16;
  static final int MAX_KEY_CODE_POINTS = 4;
  static final int MAX_LABEL_CODE_POINTS = 12;
  static final int MAX_NAME_CODE_POINTS = 30;

  private static final Pattern HEADER = Pattern.compile("([a-z]+):\\s*(.*)");
  private static final Pattern LAYOUT_ID = Pattern.compile("[a-z0-9-]{1,20}");
  private static final Pattern ESCAPE =
      Pattern.compile("U\\+([0-9A-Fa-f]{4,6})(?:\\|(.+))?", Pattern.DOTALL);
  private static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private KeyboardLayoutReader() {}

  /** Reads a layout; {@code source} is the file name used in errors and the id's origin. */
  public static KeyboardLayout read(String source, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(source + " could not be read", e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new KeyboardLayoutException(source, 0, "larger than " + MAX_BYTES + " bytes");
    }
    return new Parse(source).parse(decode(source, bytes));
  }

  /** The id a file name stands for: {@code de.layout} is {@code de}. */
  static String idOf(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    return name.endsWith(".layout") ? name.substring(0, name.length() - ".layout".length()) : name;
  }

  private static String decode(String source, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new KeyboardLayoutException(source, line, "not UTF-8");
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A row as written, with its line for later errors. */
  private record Row(int line, List<Key> keys) {}

  /** The state of reading one file. */
  private static final class Parse {
    private final String source;
    private final Map<String, String> headers = new HashMap<>();
    private final List<Row> base = new ArrayList<>();
    private final List<Row> shifted = new ArrayList<>();
    private List<Row> layer;
    private int baseLine;
    private int shiftLine;
    private int lineNumber;

    Parse(String source) {
      this.source = source;
    }

    KeyboardLayout parse(String text) {
      String[] lines = text.split("\n", -1);
      for (String raw : lines) {
        lineNumber++;
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.length() > MAX_LINE_LENGTH) {
          throw error("line longer than " + MAX_LINE_LENGTH + " characters");
        }
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          parseLine(line);
        }
      }
      return finish();
    }

    private void parseLine(String line) {
      if (line.equals("[base]")) {
        if (layer != null) {
          throw error("[base] must come once, before [shift]");
        }
        layer = base;
        baseLine = lineNumber;
      } else if (line.equals("[shift]")) {
        if (layer != base) {
          throw error("[shift] must come once, after [base]");
        }
        layer = shifted;
        shiftLine = lineNumber;
      } else if (layer == null) {
        parseHeader(line);
      } else {
        parseRow(line);
      }
    }

    private void parseHeader(String line) {
      Matcher header = HEADER.matcher(line);
      if (!header.matches()) {
        throw error("expected 'name:', 'label:' or 'script:' before [base], found " + shown(line));
      }
      String key = header.group(1);
      String value = header.group(2).strip();
      if (!List.of("name", "label", "script").contains(key)) {
        throw error("unknown header '" + key + "' (known: name, label, script)");
      }
      if (headers.containsKey(key)) {
        throw error("'" + key + "' given twice");
      }
      int limit = key.equals("label") ? MAX_LABEL_CODE_POINTS : MAX_NAME_CODE_POINTS;
      checkShownText(value, limit, key);
      headers.put(key, value);
    }

    private void parseRow(String line) {
      String[] tokens = line.split(" +");
      if (tokens.length > MAX_KEYS_PER_ROW) {
        throw error("more than " + MAX_KEYS_PER_ROW + " keys in a row");
      }
      if (layer.size() == MAX_ROWS) {
        throw error("more than " + MAX_ROWS + " rows");
      }
      List<Key> keys = new ArrayList<>(tokens.length);
      for (String token : tokens) {
        keys.add(parseKey(token));
      }
      layer.add(new Row(lineNumber, keys));
    }

    private Key parseKey(String token) {
      if (token.length() > 2 && token.startsWith("{") && token.endsWith("}")) {
        return parseSpecial(token.substring(1, token.length() - 1));
      }
      if (token.codePointCount(0, token.length()) > MAX_KEY_CODE_POINTS) {
        throw error("key " + shown(token) + " longer than " + MAX_KEY_CODE_POINTS + " characters");
      }
      token.codePoints().forEach(c -> checkVisible(c, "key " + shown(token)));
      checkNoLeadingMark(token);
      return new Key.Input(token, token);
    }

    private Key parseSpecial(String inner) {
      switch (inner) {
        case "shift":
          return new Key.Shift();
        case "backspace":
          return new Key.Backspace();
        case "space":
          return new Key.Space();
        case "enter":
          return new Key.Enter();
        case "letters":
          return new Key.Letters();
        default:
          break;
      }
      if (inner.startsWith("layout:")) {
        String id = inner.substring("layout:".length());
        if (!LAYOUT_ID.matcher(id).matches()) {
          throw error("layout id " + shown(id) + " is not 1-20 of a-z, 0-9 and -");
        }
        return new Key.SwitchLayout(id);
      }
      Matcher escape = ESCAPE.matcher(inner);
      if (escape.matches()) {
        int codePoint = Integer.parseInt(escape.group(1), 16);
        checkEscaped(codePoint);
        checkNoLeadingMark(Character.toString(codePoint));
        String text = Character.toString(codePoint);
        String label = escape.group(2) == null ? text : escape.group(2);
        if (escape.group(2) != null) {
          checkShownText(label, MAX_LABEL_CODE_POINTS, "label");
        }
        return new Key.Input(text, label);
      }
      throw error(
          "unknown special key {"
              + shown(inner)
              + "} (known: {shift} {backspace} {space} {enter} {letters} {layout:ID} {U+XXXX})");
    }

    /** JavaFX draws a lone combining mark outside its key (README.md). */
    private void checkNoLeadingMark(String text) {
      int type = Character.getType(text.codePointAt(0));
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        throw error(
            String.format(
                Locale.ROOT,
                "key %s starts with the combining mark U+%04X, which cannot be drawn alone",
                shown(text),
                text.codePointAt(0)));
      }
    }

    private void checkEscaped(int codePoint) {
      String name = String.format(Locale.ROOT, "U+%04X", codePoint);
      if (codePoint > Character.MAX_CODE_POINT
          || Character.getType(codePoint) == Character.SURROGATE
          || Character.getType(codePoint) == Character.UNASSIGNED
          || Character.getType(codePoint) == Character.PRIVATE_USE
          || Character.getType(codePoint) == Character.CONTROL) {
        throw error(name + " is not a character a key may type");
      }
      if (Character.getType(codePoint) == Character.FORMAT
          && codePoint != ZERO_WIDTH_NON_JOINER
          && codePoint != ZERO_WIDTH_JOINER) {
        throw error(name + " is a format character; only U+200C and U+200D are allowed");
      }
    }

    private void checkShownText(String text, int maxCodePoints, String what) {
      if (text.isEmpty()) {
        throw error(what + " is empty");
      }
      if (text.codePointCount(0, text.length()) > maxCodePoints) {
        throw error(what + " longer than " + maxCodePoints + " characters");
      }
      text.codePoints()
          .filter(c -> c != ' ' && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER)
          .forEach(c -> checkVisible(c, what));
    }

    /** Invisible characters must be written as {U+XXXX}, so that a reader of the file sees them. */
    private void checkVisible(int codePoint, String where) {
      int type = Character.getType(codePoint);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE
          || type == Character.SURROGATE
          || Character.isWhitespace(codePoint)
          || Character.isSpaceChar(codePoint)) {
        throw error(
            String.format(
                Locale.ROOT,
                "%s contains the invisible or unusable character U+%04X (write {U+%04X})",
                where,
                codePoint,
                codePoint));
      }
    }

    private KeyboardLayout finish() {
      for (String key : List.of("name", "label", "script")) {
        if (!headers.containsKey(key)) {
          throw new KeyboardLayoutException(source, 0, "no '" + key + ":' header");
        }
      }
      Script script = parseScript(headers.get("script"));
      if (base.isEmpty()) {
        throw new KeyboardLayoutException(source, baseLine, "no [base] section with rows");
      }
      List<Key> all = base.stream().flatMap(row -> row.keys().stream()).toList();
      for (Key required : List.of(new Key.Backspace(), new Key.Enter())) {
        if (!all.contains(required)) {
          throw new KeyboardLayoutException(
              source, baseLine, "[base] has no " + keyName(required) + " key");
        }
      }
      boolean shiftKey = all.contains(new Key.Shift());
      if (shiftKey && shifted.isEmpty()) {
        throw new KeyboardLayoutException(
            source, baseLine, "{shift} key but no [shift] section with rows");
      }
      if (!shiftKey && shiftLine > 0) {
        throw new KeyboardLayoutException(source, shiftLine, "[shift] section but no {shift} key");
      }
      checkSameShape();
      return new KeyboardLayout(
          idOf(source),
          headers.get("name"),
          headers.get("label"),
          script,
          base.stream().map(Row::keys).toList(),
          shifted.stream().map(Row::keys).toList());
    }

    /** The shifted layer swaps texts only, so that nothing moves under a finger. */
    private void checkSameShape() {
      if (shifted.isEmpty()) {
        return;
      }
      if (shifted.size() != base.size()) {
        throw new KeyboardLayoutException(
            source,
            shiftLine,
            "[shift] has " + shifted.size() + " rows, [base] has " + base.size());
      }
      for (int r = 0; r < base.size(); r++) {
        List<Key> plain = base.get(r).keys();
        Row shiftedRow = shifted.get(r);
        if (plain.size() != shiftedRow.keys().size()) {
          throw new KeyboardLayoutException(
              source,
              shiftedRow.line(),
              "row has " + shiftedRow.keys().size() + " keys, its [base] row " + plain.size());
        }
        for (int k = 0; k < plain.size(); k++) {
          Key a = plain.get(k);
          Key b = shiftedRow.keys().get(k);
          boolean bothInput = a instanceof Key.Input && b instanceof Key.Input;
          if (!bothInput && !a.equals(b)) {
            throw new KeyboardLayoutException(
                source,
                shiftedRow.line(),
                "key " + (k + 1) + " differs from [base] (special keys stay in place)");
          }
        }
      }
    }

    private Script parseScript(String value) {
      try {
        return Script.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new KeyboardLayoutException(
            source, 0, "script " + shown(value) + " is not latin, cyrillic or arabic");
      }
    }

    private static String keyName(Key key) {
      return "{" + key.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "}";
    }

    private KeyboardLayoutException error(String problem) {
      return new KeyboardLayoutException(source, lineNumber, problem);
    }
  }

  /** Text from the file quoted for an error message: short, and with invisible characters named. */
  static String shown(String text) {
    StringBuilder shown = new StringBuilder("'");
    int count = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      if (count++ == 20) {
        shown.append('…');
        break;
      }
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
        shown.append(String.format(Locale.ROOT, "U+%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    }
    return shown.append('\'').toString();
  }
}
