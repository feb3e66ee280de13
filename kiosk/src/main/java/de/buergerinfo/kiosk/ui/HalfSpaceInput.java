package de.buergerinfo.kiosk.ui;

import de.buergerinfo.kiosk.i18n.DisplayText;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * Lets a text field show Persian's half space: JavaFX 26 draws the ZERO WIDTH NON-JOINER a Persian
 * keyboard types (می‌خواهم) as a box, so the field holds the NARROW NO-BREAK SPACE that {@link
 * DisplayText} shows for it everywhere else. Search reads that character as the non-joiner again
 * ({@code SearchRequest}), so what the citizen typed is found as written.
 */
public final class HalfSpaceInput {

  private HalfSpaceInput() {}

  /** From now on, a non-joiner typed or pasted into {@code field} is stored as a half space. */
  public static void applyTo(TextInputControl field) {
    field.setTextFormatter(
        new TextFormatter<String>(
            change -> {
              if (change.getText().indexOf('\u200C') >= 0) {
                change.setText(change.getText().replace('\u200C', '\u202F'));
              }
              return change;
            }));
  }
}
