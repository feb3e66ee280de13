package de.buergerinfo.devices.printer;

import java.util.ArrayList;
import java.util.List;

/** Text laid out in fixed-width columns: word wrap and label/value rows. */
final class Lines {

  private Lines() {}

  /** {@code text} broken at spaces into lines of at most {@code columns} characters. */
  static List<String> wrap(String text, int columns) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        while (word.length() > columns) {
          if (!line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, columns));
          word = word.substring(columns);
        }
        if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (!line.isEmpty()) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** "label ..... value" across {@code columns}; a long label is shortened, never the value. */
  static String row(String label, String value, int columns) {
    int room = columns - value.length() - 1;
    if (room < 1) {
      return value.length() > columns ? value.substring(0, columns) : value;
    }
    String shown = label.length() > room ? label.substring(0, room) : label;
    return shown + " ".repeat(columns - shown.length() - value.length()) + value;
  }
}
