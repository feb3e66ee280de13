package de.buergerinfo.kiosk.ui.keyboard;

import java.util.List;

/**
 * One keyboard layout as read from a {@code .layout} file: rows of keys, and for scripts with
 * capitals (or Arabic's diacritics) a shifted layer of exactly the same shape.
 *
 * @param id the file name without {@code .layout}, such as {@code de} or {@code 123}
 * @param name shown on the space bar, such as "Deutsch"
 * @param switchLabel shown on a key that switches to this layout, such as "ABC" or "123"
 * @param script which font draws the keys
 * @param rows the keys, top row first, each row left to right
 * @param shiftedRows the shifted layer, same shape as {@code rows}; empty without a shift key
 */
public record KeyboardLayout(
    String id,
    String name,
    String switchLabel,
    Script script,
    List<List<Key>> rows,
    List<List<Key>> shiftedRows) {

  /** The writing system of a layout, which decides the font of its keys. */
  public enum Script {
    LATIN,
    CYRILLIC,
    ARABIC
  }

  public KeyboardLayout {
    rows = rows.stream().map(List::copyOf).toList();
    shiftedRows = shiftedRows.stream().map(List::copyOf).toList();
  }

  public boolean hasShift() {
    return !shiftedRows.isEmpty();
  }

  /** The rows of the plain or the shifted layer (the plain one when there is no shift). */
  public List<List<Key>> rows(boolean shifted) {
    return shifted && hasShift() ? shiftedRows : rows;
  }
}
