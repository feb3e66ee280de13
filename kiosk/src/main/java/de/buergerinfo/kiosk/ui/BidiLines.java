package de.buergerinfo.kiosk.ui;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The lines of a {@link Paragraph} whose text holds right-to-left characters, laid out in visual
 * order by the Unicode Bidi Algorithm resolved once for the whole paragraph.
 *
 * <p>Why not JavaFX's own bidi: it resolves levels over the whole flow, but mirrors brackets only
 * sometimes (JavaFX 26 draws the closing bracket of "(ثبت خودرو.)" unmirrored, so both brackets
 * face the same way) and neutral characters at the edge of a wrapped line land on the wrong side.
 * Here ICU resolves the levels (bracket pairs per UAX #9 BD16/N0), each line is reordered by rule
 * L2, and every {@link Text} holds one run that JavaFX can only draw one way: right-to-left runs
 * with an Arabic letter (JavaFX takes the direction from it), brackets already mirrored and other
 * neutral runs already reversed, so JavaFX neither reorders nor mirrors them.
 */
final class BidiLines extends Region {

  /** One piece of a line: part of one break segment at one bidi level. */
  private static final class Atom {
    final int segment;
    final String logical;
    final int level;
    final Text node;
    Font measuredFont;
    double fullWidth;
    double trimmedWidth;
    double ascent;
    double descent;
    double lineAscent;
    double lineDescent;

    Atom(int segment, String logical, int level) {
      this.segment = segment;
      this.logical = logical;
      this.level = level;
      this.node = new Text(display(logical, level));
      node.getStyleClass().add("paragraph-text");
      node.setTextOrigin(VPos.BASELINE);
      node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }
  }

  /**
   * A line with Arabic letters reaches this far above and below its baseline, in em: the letters of
   * Noto Sans Arabic with their vowel marks, about the line Noto Naskh Arabic declares. Fixed
   * rather than taken from the font: Noto Sans Arabic declares 1.37 and 0.74 em (room for stacked
   * marks no UI text has, lines 2.1 em apart), its UI version 1.07 and 0.29 em (too tight for marks
   * below one line and above the next).
   */
  static final double ARABIC_LINE_ASCENT = 1.15;

  static final double ARABIC_LINE_DESCENT = 0.6;

  private record Line(List<Atom> atoms, Atom end, double width, double ascent, double descent) {}

  private String text;
  private List<String> segments;
  private boolean[] breakAfter;
  private List<Atom> atoms = List.of();
  private boolean rightToLeftBase;
  private TextAlignment alignment = TextAlignment.LEFT;

  BidiLines(String text) {
    getStyleClass().add("paragraph-lines");
    this.text = text;
    this.segments = Paragraph.segments(text);
    this.breakAfter = new boolean[segments.size()];
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      breakAfter[i] = segment.endsWith("\n") || segment.endsWith("\r");
    }
    resolve(true);
    // A language change flips the screen's orientation: the levels are then resolved again.
    effectiveNodeOrientationProperty().addListener(orientation -> requestLayout());
  }

  /** Whether {@code text} needs this layout: it holds a right-to-left character. */
  static boolean needed(String text) {
    return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
  }

  @Override
  public boolean usesMirroring() {
    // Lines are computed in screen order (x grows to the right) for both orientations.
    return false;
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  void setAlignment(TextAlignment alignment) {
    TextAlignment value = alignment == null ? TextAlignment.LEFT : alignment;
    if (value != this.alignment) {
      this.alignment = value;
      requestLayout();
    }
  }

  /** Empties every text node, so no drawn copy of the paragraph's text stays reachable. */
  void wipe() {
    for (Atom atom : atoms) {
      atom.node.setText("");
    }
    getChildren().clear();
    atoms = List.of();
    text = "";
    segments = List.of();
    breakAfter = new boolean[0];
  }

  /**
   * Resolves the bidi levels for the paragraph direction: right-to-left on a right-to-left screen,
   * else from the first strong character (rule P2), as JavaFX did.
   */
  private void resolve(boolean rightToLeft) {
    rightToLeftBase = rightToLeft;
    Bidi bidi = new Bidi(text, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR);
    List<Atom> result = new ArrayList<>();
    int start = 0;
    for (int s = 0; s < segments.size(); s++) {
      int end = start + segments.get(s).length();
      int i = start;
      while (i < end) {
        int codePoint = text.codePointAt(i);
        if (codePoint == '\n' || codePoint == '\r') {
          i++;
          continue;
        }
        int level = bidi.getLevelAt(i);
        int next = i + Character.charCount(codePoint);
        if (!mirroredAt(codePoint, level)) {
          while (next < end
              && text.charAt(next) != '\n'
              && text.charAt(next) != '\r'
              && bidi.getLevelAt(next) == level
              && !mirroredAt(text.codePointAt(next), level)) {
            next += Character.charCount(text.codePointAt(next));
          }
        }
        result.add(new Atom(s, text.substring(i, next), level));
        i = next;
      }
      start = end;
    }
    for (Atom old : atoms) {
      old.node.setText("");
    }
    atoms = result;
    getChildren().setAll(result.stream().map(a -> a.node).toList());
  }

  private static boolean mirroredAt(int codePoint, int level) {
    return (level & 1) == 1 && UCharacter.isMirrored(codePoint);
  }

  /** What JavaFX must draw for a run so that it comes out in the resolved visual order. */
  static String display(String logical, int level) {
    if ((level & 1) == 0 || logical.isEmpty()) {
      return logical;
    }
    int codePoint = logical.codePointAt(0);
    if (logical.length() == Character.charCount(codePoint) && UCharacter.isMirrored(codePoint)) {
      return new String(Character.toChars(UCharacter.getMirror(codePoint)));
    }
    boolean strong =
        logical
            .codePoints()
            .anyMatch(
                c -> {
                  int direction = UCharacter.getDirection(c);
                  return direction == UCharacterDirection.RIGHT_TO_LEFT
                      || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
                });
    // With an Arabic letter JavaFX lays the run out right to left itself; neutral characters alone
    // it would lay out left to right, so they are handed over in visual order.
    return strong ? logical : new StringBuilder(logical).reverse().toString();
  }

  private void checkDirection() {
    boolean rightToLeft = getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    if (rightToLeft != rightToLeftBase && getScene() != null) {
      resolve(rightToLeft);
      // The new text nodes need their font now: this runs inside a layout pass.
      applyCss();
    }
  }

  private void measure(Atom atom) {
    Font font = atom.node.getFont();
    if (atom.measuredFont == font) {
      return;
    }
    Text probe = new Text(display(atom.logical, atom.level));
    probe.setFont(font);
    atom.fullWidth = probe.getLayoutBounds().getWidth();
    atom.ascent = -probe.getLayoutBounds().getMinY();
    atom.descent = probe.getLayoutBounds().getMaxY();
    boolean arabic =
        atom.logical
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    // Other runs (Latin words, digits, brackets) keep their face's line, but never more than an
    // Arabic line: in the Arabic face, a bracket alone on a line would otherwise be 2.1 em tall.
    double ascent = ARABIC_LINE_ASCENT * font.getSize();
    double descent = ARABIC_LINE_DESCENT * font.getSize();
    atom.lineAscent = arabic ? ascent : Math.min(atom.ascent, ascent);
    atom.lineDescent = arabic ? descent : Math.min(atom.descent, descent);
    String trimmed = atom.logical.stripTrailing();
    if (trimmed.equals(atom.logical)) {
      atom.trimmedWidth = atom.fullWidth;
    } else {
      probe.setText(display(trimmed, atom.level));
      atom.trimmedWidth = trimmed.isEmpty() ? 0 : probe.getLayoutBounds().getWidth();
    }
    atom.measuredFont = font;
  }

  /** The width of the widest segment without its trailing space: no line is narrower. */
  double widestSegment() {
    checkDirection();
    double[] widths = new double[segments.size()];
    double widest = 0;
    for (int i = 0; i < atoms.size(); i++) {
      Atom atom = atoms.get(i);
      measure(atom);
      boolean lastOfSegment = i + 1 == atoms.size() || atoms.get(i + 1).segment != atom.segment;
      widths[atom.segment] += lastOfSegment ? atom.trimmedWidth : atom.fullWidth;
      widest = Math.max(widest, widths[atom.segment]);
    }
    return Math.ceil(widest);
  }

  /** The atoms broken into lines no wider than {@code width} (negative: no limit). */
  private List<Line> lines(double width) {
    checkDirection();
    List<List<Atom>> lines = new ArrayList<>();
    List<Atom> line = new ArrayList<>();
    double lineWidth = 0;
    int i = 0;
    while (i < atoms.size()) {
      int segment = atoms.get(i).segment;
      int end = i;
      double segmentWidth = 0;
      double trimmedWidth = 0;
      while (end < atoms.size() && atoms.get(end).segment == segment) {
        Atom atom = atoms.get(end);
        measure(atom);
        trimmedWidth = segmentWidth + atom.trimmedWidth;
        segmentWidth += atom.fullWidth;
        end++;
      }
      if (!line.isEmpty() && width >= 0 && lineWidth + trimmedWidth > width + 0.5) {
        lines.add(line);
        line = new ArrayList<>();
        lineWidth = 0;
      }
      line.addAll(atoms.subList(i, end));
      lineWidth += segmentWidth;
      if (breakAfter[segment]) {
        lines.add(line);
        line = new ArrayList<>();
        lineWidth = 0;
      }
      i = end;
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    List<Line> result = new ArrayList<>();
    for (List<Atom> logical : lines) {
      result.add(visual(logical));
    }
    return result;
  }

  /** One line in visual order (rule L2); its last logical atom drops its trailing space (L1). */
  private Line visual(List<Atom> logical) {
    Atom[] order = logical.toArray(Atom[]::new);
    byte[] levels = new byte[order.length];
    for (int i = 0; i < order.length; i++) {
      levels[i] = (byte) order[i].level;
    }
    java.text.Bidi.reorderVisually(levels, 0, order, 0, order.length);
    Atom last = logical.isEmpty() ? null : logical.getLast();
    double width = 0;
    double ascent = 0;
    double descent = 0;
    for (Atom atom : order) {
      measure(atom);
      width += atom == last ? atom.trimmedWidth : atom.fullWidth;
      ascent = Math.max(ascent, atom.lineAscent);
      descent = Math.max(descent, atom.lineDescent);
    }
    if (order.length == 0) {
      Text probe = new Text("X");
      Font font = atoms.isEmpty() ? Font.getDefault() : atoms.getFirst().node.getFont();
      probe.setFont(font);
      ascent = -probe.getLayoutBounds().getMinY();
      descent = probe.getLayoutBounds().getMaxY();
    }
    return new Line(List.of(order), last, width, ascent, descent);
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + widestSegment() + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    double widest = 0;
    for (Line line : lines(-1)) {
      widest = Math.max(widest, line.width());
    }
    return snappedLeftInset() + Math.ceil(widest) + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    double height = 0;
    for (Line line : lines(inner)) {
      height += line.ascent() + line.descent();
    }
    return snappedTopInset() + Math.ceil(height) + snappedBottomInset();
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  public double getBaselineOffset() {
    double inner = getWidth() - snappedLeftInset() - snappedRightInset();
    return snappedTopInset() + lines(inner > 0 ? inner : -1).getFirst().ascent();
  }

  @Override
  protected void layoutChildren() {
    double left = snappedLeftInset();
    double inner = getWidth() - left - snappedRightInset();
    boolean rightToLeft = getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    double y = snappedTopInset();
    for (Line line : lines(inner)) {
      double free = Math.max(0, inner - line.width());
      double x =
          left
              + switch (alignment) {
                case CENTER -> free / 2;
                case RIGHT -> rightToLeft ? 0 : free;
                case LEFT, JUSTIFY -> rightToLeft ? free : 0;
              };
      Atom end = line.end();
      for (Atom atom : line.atoms()) {
        String shown =
            display(atom == end ? atom.logical.stripTrailing() : atom.logical, atom.level);
        if (!shown.equals(atom.node.getText())) {
          atom.node.setText(shown);
        }
        atom.node.relocate(x, y + line.ascent() - atom.ascent);
        x += atom == end ? atom.trimmedWidth : atom.fullWidth;
      }
      y += line.ascent() + line.descent();
    }
  }
}
