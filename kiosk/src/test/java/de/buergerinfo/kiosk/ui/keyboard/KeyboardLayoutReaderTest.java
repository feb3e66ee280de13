package de.buergerinfo.kiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyboardLayoutReaderTest {

  private static final String HEADERS = "name: Test\nlabel: ABC\nscript: latin\n";
  private static final String GOOD =
      HEADERS
          + "[base]\n"
          + "a b {shift}\n"
          + "{backspace} {space} {enter}\n"
          + "[shift]\n"
          + "A B {shift}\n"
          + "{backspace} {space} {enter}\n";

  private static KeyboardLayout read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyboardLayout read(byte[] bytes) {
    return KeyboardLayoutReader.read("test.layout", new ByteArrayInputStream(bytes));
  }

  @Test
  void readsRowsLayersAndEscapes() {
    KeyboardLayout layout =
        read(
            "\uFEFF# comment\r\n"
                + HEADERS.replace("\n", "\r\n")
                + "[base]\r\n"
                + "  a   لا {U+200C|half} {layout:123}  \r\n"
                + "\r\n"
                + "{backspace} {space} {enter} {letters} {U+0023}\r\n");

    assertThat(layout.id()).isEqualTo("test");
    assertThat(layout.name()).isEqualTo("Test");
    assertThat(layout.hasShift()).isFalse();
    assertThat(layout.rows().getFirst())
        .containsExactly(
            new Key.Input("a", "a"),
            new Key.Input("لا", "لا"),
            new Key.Input("\u200C", "half"),
            new Key.SwitchLayout("123"));
    assertThat(layout.rows().get(1))
        .containsExactly(
            new Key.Backspace(),
            new Key.Space(),
            new Key.Enter(),
            new Key.Letters(),
            new Key.Input("#", "#"));
  }

  @Test
  void shiftedLayerHasTheSameShape() {
    KeyboardLayout layout = read(GOOD);

    assertThat(layout.rows(true).getFirst().getFirst()).isEqualTo(new Key.Input("A", "A"));
    assertThat(layout.rows(false).getFirst().getFirst()).isEqualTo(new Key.Input("a", "a"));
  }

  static Stream<Arguments> brokenFiles() {
    String base = HEADERS + "[base]\n";
    String row = "{backspace} {space} {enter}\n";
    return Stream.of(
        Arguments.of("no header", "[base]\n" + row, 0, "no 'name:' header"),
        Arguments.of("unknown header", "colour: red\n", 1, "unknown header 'colour'"),
        Arguments.of("header twice", "name: A\nname: B\n", 2, "'name' given twice"),
        Arguments.of("row before [base]", "a b c\n", 1, "expected 'name:'"),
        Arguments.of(
            "bad script", HEADERS.replace("latin", "runic") + "[base]\n" + row, 0, "'runic'"),
        Arguments.of("no rows", HEADERS + "[base]\n", 4, "no [base] section with rows"),
        Arguments.of("[shift] first", HEADERS + "[shift]\n", 4, "[shift] must come once"),
        Arguments.of("no backspace", base + "a {space} {enter}\n", 4, "no {backspace} key"),
        Arguments.of("no enter", base + "a {space} {backspace}\n", 4, "no {enter} key"),
        Arguments.of("shift key, no layer", base + "{shift} " + row, 4, "no [shift] section"),
        Arguments.of("layer, no shift key", base + row + "[shift]\n" + row, 6, "but no {shift}"),
        Arguments.of("unknown special", base + "{capslock} " + row, 5, "unknown special key"),
        Arguments.of("bad layout id", base + "{layout:../etc} " + row, 5, "layout id '../etc'"),
        Arguments.of("key too long", base + "abcde " + row, 5, "longer than 4"),
        Arguments.of("control character", base + "a\u0007 " + row, 5, "U+0007"),
        Arguments.of("bidi override", base + "\u202Eab " + row, 5, "U+202E"),
        Arguments.of("hidden zwnj", base + "a\u200C " + row, 5, "write {U+200C}"),
        Arguments.of("escaped override", base + "{U+202E} " + row, 5, "format character"),
        Arguments.of("escaped surrogate", base + "{U+D800} " + row, 5, "U+D800 is not"),
        Arguments.of("beyond unicode", base + "{U+110000} " + row, 5, "U+110000 is not"),
        Arguments.of("escaped control", base + "{U+0000} " + row, 5, "U+0000 is not"),
        Arguments.of("lone fatha", base + "\u064E " + row, 5, "combining mark U+064E"),
        Arguments.of("escaped fatha", base + "{U+064E} " + row, 5, "combining mark U+064E"),
        Arguments.of("label too long", base + "{U+0041|abcdefghijklm} " + row, 5, "label longer"),
        Arguments.of("too many keys", base + "a ".repeat(17) + "\n", 5, "more than 16 keys"),
        Arguments.of("too many rows", base + row.repeat(9), 13, "more than 8 rows"),
        Arguments.of("line too long", base + "a".repeat(401) + "\n", 5, "longer than 400"),
        Arguments.of(
            "fewer shifted rows",
            GOOD.substring(0, GOOD.lastIndexOf("{backspace}")),
            7,
            "[shift] has 1 rows, [base] has 2"),
        Arguments.of(
            "shifted row shorter", GOOD.replace("A B {shift}", "A {shift}"), 8, "row has 2 keys"),
        Arguments.of(
            "special key moved",
            GOOD.replace("A B {shift}", "A {shift} B"),
            8,
            "key 2 differs from [base]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void brokenFilesAreRefusedWithFileAndLine(String what, String text, int line, String problem) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(KeyboardLayoutException.class)
        .hasMessageStartingWith("test.layout:" + line + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((KeyboardLayoutException) e).line()).isEqualTo(line));
  }

  @Test
  void oversizedFileIsRefusedBeforeParsing() {
    byte[] huge = new byte[KeyboardLayoutReader.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');

    assertThatThrownBy(() -> read(huge))
        .isInstanceOf(KeyboardLayoutException.class)
        .hasMessage("test.layout:0: larger than 16384 bytes");
  }

  @Test
  void invalidUtf8NamesTheLine() {
    byte[] text = (HEADERS + "[base]\nx y\n").getBytes(StandardCharsets.UTF_8);
    text[text.length - 2] = (byte) 0xC3; // a lead byte followed by a newline

    assertThatThrownBy(() -> read(text)).hasMessage("test.layout:5: not UTF-8");
  }

  @Test
  void errorMessagesNameInvisibleCharactersAndStayShort() {
    String hostile = "{" + "\u202E".repeat(200) + "}";

    assertThatThrownBy(() -> read(HEADERS + "[base]\n" + hostile + "\n"))
        .hasMessageContaining("U+202EU+202E")
        .hasMessageContaining("…")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u202E").hasSizeLessThan(300));
  }

  @Test
  void switchKeysMustLeadToALayoutOfTheSet() {
    KeyboardLayout letters = read(HEADERS + "[base]\n{layout:123} {backspace} {space} {enter}\n");

    assertThatThrownBy(() -> KeyboardLayouts.of(List.of(letters)))
        .isInstanceOf(KeyboardLayoutException.class)
        .hasMessage("test.layout:0: {layout:123} leads to no layout");
  }
}
