package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Right-to-left paragraphs read correctly on every line: brackets face each other and the full stop
 * sits at the left end. The lines are read back from what JavaFX drew: each character's place from
 * its text node's geometry, each bracket's direction from the rendered pixels.
 */
@ExtendWith(JavaFxExtension.class)
class ParagraphBidiTest {

  /** From the demo catalogue: flows/neues-baby.yaml, the health insurance step. */
  private static final String PERSIAN =
      "معمولاً فرزندتان از طریق یکی از والدین به طور رایگان بیمه است (بیمهٔ خانوادگی).";

  private static final String ARABIC =
      "عادةً يكون طفلك مؤمَّنًا مجانًا عن طريق أحد الوالدين (التأمين العائلي).";

  /** From services/fuehrungszeugnis.yaml: a German word in brackets inside Persian. */
  private static final String PERSIAN_WITH_GERMAN =
      "درخواست گواهی عدم سوء پیشینه (Führungszeugnis)";

  /** From services/wohnberechtigungsschein.yaml: Latin words, one in brackets, in Arabic. */
  private static final String ARABIC_WITH_LATIN =
      "تسمح لك شهادة Wohnberechtigungsschein (WBS) باستئجار شقة سكن اجتماعي مدعومة.";

  private static final String WRAPPED_STOP = "لغو ثبت خودرو (ثبت خودرو.)";

  private record Glyph(double x, int index, char c) {}

  @ParameterizedTest
  @ValueSource(ints = {2000, 900, 600, 420, 300, 220})
  void persianReadsRightToLeftOnEveryLineAtEveryWidth(int width) {
    assertReadsCorrectly(PERSIAN, width);
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 900, 600, 420, 300, 220})
  void arabicReadsRightToLeftOnEveryLineAtEveryWidth(int width) {
    assertReadsCorrectly(ARABIC, width);
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 500, 300, 200})
  void fullStopInsideBracketsStaysAtTheLeftEnd(int width) {
    assertReadsCorrectly(WRAPPED_STOP, width);
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 600, 400})
  void germanWordInPersianBracketsKeepsItsSpelling(int width) {
    assertReadsCorrectly(PERSIAN_WITH_GERMAN, width);
  }

  @ParameterizedTest
  @ValueSource(ints = {2000, 900, 700, 600, 500})
  void latinWordsInArabicKeepTheirPlaceWhereverTheLineBreaks(int width) {
    // Two Latin words (the bracket pair takes the direction of the word before it, rule N0) form
    // one left-to-right run when they share a line: read it as one word.
    assertReadsCorrectly(ARABIC_WITH_LATIN, width, "Wohnberechtigungsschein (WBS)");
  }

  @Test
  void singleLineShowsTheBracketsAroundThePhraseWithTheStopAtTheLeft() {
    List<String> lines = drawnLines(WRAPPED_STOP, 2000, "bidi_single");

    assertThat(lines).containsExactly("(.خودرو ثبت) خودرو ثبت لغو");
  }

  @Test
  void bracketsOnTwoLinesEachOpenTowardsTheirPhrase() {
    // 200 px: "(ثبت" and "خودرو.)" land on different lines.
    List<String> lines = drawnLines(WRAPPED_STOP, 200, "bidi_split");

    assertThat(lines).hasSizeGreaterThan(1);
    int opening = indexOfLineWith(lines, ")");
    int closing = indexOfLineWith(lines, "(");
    assertThat(closing).as("brackets on different lines: %s", lines).isGreaterThan(opening);
    assertThat(lines.get(opening)).as("opening bracket drawn open to the left").doesNotContain("(");
    assertThat(lines.get(closing))
        .as("closing bracket open to the right, the full stop beside it at the left end")
        .startsWith("(.");
  }

  @Test
  void arabicLinesSitAsCloseAsTheirLettersAllowWithoutTouching() {
    // Noto Sans Arabic's declared line (2.1 em) spread paragraphs far apart in large text; its UI
    // version's (1.36 em) would let marks touch the next line. In both faces, lines must be
    // 1.75 em apart at most and never touch.
    for (String face : List.of("Noto Sans Arabic UI", "Noto Sans Arabic")) {
      assertArabicLinesCloseWithoutTouching(face);
    }
  }

  private static void assertArabicLinesCloseWithoutTouching(String face) {
    String text = ARABIC + " " + PERSIAN;
    Fx.run(
        () -> {
          Paragraph paragraph = new Paragraph();
          paragraph.setText(text);
          paragraph.setStyle("-fx-font-family: '" + face + "'; -fx-font-size: 40px;");
          paragraph.setMaxWidth(300);
          StackPane root = new StackPane(paragraph);
          root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
          Scene scene = new Scene(root, 340, 1400);
          PixelReader pixels = scene.snapshot(null).getPixelReader();

          List<Double> baselines =
              texts(paragraph).stream()
                  .map(t -> (double) Math.round(t.localToScene(0, 0).getY()))
                  .distinct()
                  .sorted()
                  .toList();
          assertThat(baselines).as("wrapped into several lines").hasSizeGreaterThan(4);
          assertThat(texts(paragraph).getFirst().getFont().getFamily())
              .as("installed (README prerequisites)")
              .isEqualTo(face);
          double most = (BidiLines.ARABIC_LINE_ASCENT + BidiLines.ARABIC_LINE_DESCENT) * 40 + 1;
          for (int i = 1; i < baselines.size(); i++) {
            double above = baselines.get(i - 1);
            double below = baselines.get(i);
            assertThat(below - above)
                .as("%s: line %d's distance from the one above", face, i)
                .isBetween(40.0, most);
            boolean gap = false;
            for (int y = (int) above + 1; y < below && !gap; y++) {
              gap = Double.isNaN(inkX(pixels, 0, 340, y));
            }
            assertThat(gap)
                .as("%s: an empty pixel row between lines %d and %d", face, i - 1, i)
                .isTrue();
          }
        });
  }

  @Test
  void aLineBreakInTheTextStartsANewLine() {
    List<String> lines = drawnLines("ثبت خودرو.\nلغو ثبت خودرو.", 2000, null);

    assertThat(lines).containsExactly(".خودرو ثبت", ".خودرو ثبت لغو");
  }

  @Test
  void leftToRightTextKeepsThePlainTextFlow() {
    Fx.run(
        () -> {
          Paragraph paragraph = new Paragraph();
          paragraph.setText("Führungszeugnis beantragen (mit Ausweis).");
          assertThat(paragraph.getChildren()).allMatch(Text.class::isInstance).hasSize(4);
        });
  }

  @Test
  void replacingTheTextEmptiesTheOldTextNodes() {
    Fx.run(
        () -> {
          Paragraph paragraph = new Paragraph();
          paragraph.setText(PERSIAN);
          List<Text> old = texts(paragraph);
          paragraph.setText("");
          assertThat(old).isNotEmpty().allMatch(t -> t.getText().isEmpty());
          assertThat(texts(paragraph)).isEmpty();
        });
  }

  private static void assertReadsCorrectly(String text, int width, String... leftToRightRuns) {
    List<String> lines = drawnLines(text, width, null);
    String expected = withoutMarks(text).replaceAll("\\s+", " ").strip();
    for (int i = 0; i < leftToRightRuns.length; i++) {
      String run = leftToRightRuns[i];
      String word = "Run" + (char) ('a' + i);
      if (lines.stream().anyMatch(l -> l.contains(run))) {
        lines = lines.stream().map(l -> l.replace(run, word)).toList();
        expected = expected.replace(run, word);
      }
    }

    List<String> logical = lines.stream().map(ParagraphBidiTest::rightToLeftSwap).toList();

    assertThat(String.join(" ", logical))
        .as("lines %s read right to left give the text", lines)
        .isEqualTo(expected);
  }

  /**
   * The characters JavaFX drew, line by line, left to right on screen; brackets as they look. Words
   * are put back into reading order (JavaFX draws a word's letters one way only), combining marks
   * left out (they sit on their letter).
   */
  private static List<String> drawnLines(String text, int width, String picture) {
    return Fx.call(
        () -> {
          Paragraph paragraph = new Paragraph();
          paragraph.setText(text);
          paragraph.setStyle("-fx-font-size: 40px;");
          paragraph.setMaxWidth(width);
          StackPane root = new StackPane(paragraph);
          root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
          Scene scene = new Scene(root, Math.min(width, 1500) + 40, 600);
          WritableImage image = scene.snapshot(null);
          if (picture != null) {
            Screenshots.write(image, picture + ".png");
          }
          assertThat(paragraph.getHeight())
              .as("tall enough for its lines")
              .isGreaterThanOrEqualTo(paragraph.prefHeight(paragraph.getWidth()) - 0.5);
          TreeMap<Long, List<Glyph>> lines = new TreeMap<>();
          for (Text node : texts(paragraph)) {
            Bounds box = node.localToScene(node.getLayoutBounds());
            assertThat(box.getMaxX()).as("inside the paragraph").isLessThanOrEqualTo(width + 41);
            long line = Math.round(box.getCenterY() / 10);
            String content = node.getText();
            for (int i = 0; i < content.length(); i++) {
              char c = content.charAt(i);
              if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
              }
              Bounds at = node.localToScene(new Path(node.rangeShape(i, i + 1)).getBoundsInLocal());
              char drawn = c == '(' || c == ')' ? bracketAt(image.getPixelReader(), at) : c;
              lines
                  .computeIfAbsent(line, k -> new ArrayList<>())
                  .add(new Glyph(at.getMinX(), -i, drawn));
            }
          }
          List<String> result = new ArrayList<>();
          for (List<Glyph> glyphs : lines.values()) {
            // Letters in one ligature (lam-alef) share a place: JavaFX drew them right to left.
            glyphs.sort(Comparator.comparingDouble(Glyph::x).thenComparingInt(Glyph::index));
            StringBuilder visual = new StringBuilder();
            glyphs.forEach(g -> visual.append(g.c()));
            result.add(wordsInReadingOrder(visual.toString()).replaceAll("\\s+", " ").strip());
          }
          return result;
        });
  }

  private static int indexOfLineWith(List<String> lines, String glyph) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(glyph)) {
        return i;
      }
    }
    throw new AssertionError("no line shows " + glyph + ": " + lines);
  }

  /** "(" when the ink bulges to the left (its middle row left of its top), ")" otherwise. */
  private static char bracketAt(PixelReader pixels, Bounds box) {
    int x0 = (int) Math.max(0, Math.floor(box.getMinX()));
    int x1 = (int) Math.ceil(box.getMaxX());
    int top = -1;
    int bottom = -1;
    for (int y = (int) Math.max(0, box.getMinY()); y < box.getMaxY(); y++) {
      if (!Double.isNaN(inkX(pixels, x0, x1, y))) {
        top = top < 0 ? y : top;
        bottom = y;
      }
    }
    assertThat(top).as("a bracket drawn at %s", box).isNotNegative();
    return inkX(pixels, x0, x1, (top + bottom) / 2) < inkX(pixels, x0, x1, top + 2) ? '(' : ')';
  }

  private static double inkX(PixelReader pixels, int x0, int x1, int y) {
    double sum = 0;
    int count = 0;
    for (int x = x0; x < x1; x++) {
      if (pixels.getColor(x, y).getBrightness() < 0.5) {
        sum += x;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Reverses every run of letters (either direction): a drawn word back to its spelling. */
  private static String wordsInReadingOrder(String visual) {
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < visual.length()) {
      int end = i;
      while (end < visual.length() && Character.isLetter(visual.charAt(end))) {
        end++;
      }
      if (end > i) {
        String word = visual.substring(i, end);
        boolean rightToLeft = word.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        result.append(rightToLeft ? new StringBuilder(word).reverse() : word);
        i = end;
      } else {
        result.append(visual.charAt(i++));
      }
    }
    return result.toString();
  }

  /**
   * A right-to-left line read from the right: the tokens in reverse order, brackets swapped. (Words
   * and single Latin words are tokens; applying it to the expected reading gives the picture a
   * reader must see.)
   */
  private static String rightToLeftSwap(String line) {
    StringBuilder reversed = new StringBuilder();
    int end = line.length();
    while (end > 0) {
      int start = end - 1;
      if (Character.isLetter(line.charAt(start))) {
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
          start--;
        }
        reversed.append(line, start, end);
      } else {
        char c = line.charAt(start);
        reversed.append(c == '(' ? ')' : c == ')' ? '(' : c);
      }
      end = start;
    }
    return reversed.toString();
  }

  private static String withoutMarks(String text) {
    StringBuilder result = new StringBuilder();
    text.chars()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(c -> result.append((char) c));
    return result.toString();
  }

  private static List<Text> texts(Node node) {
    List<Text> result = new ArrayList<>();
    if (node instanceof Text text && !text.getText().isEmpty()) {
      result.add(text);
    } else if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        result.addAll(texts(child));
      }
    }
    return result;
  }
}
