package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.i18n.DisplayText;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Persian's half space in a text field is stored as the character JavaFX can draw. */
@ExtendWith(JavaFxExtension.class)
class HalfSpaceInputTest {

  @Test
  void aTypedOrPastedNonJoinerIsStoredAsTheHalfSpaceAndNothingElseChanges() {
    String stored =
        Fx.call(
            () -> {
              TextField field = new TextField();
              HalfSpaceInput.applyTo(field);
              field.replaceSelection("می\u200C");
              field.replaceSelection("خواهم");
              field.replaceSelection(" Personalausweis 🙂");
              return field.getText();
            });

    assertThat(stored).isEqualTo("می\u202Fخواهم Personalausweis 🙂");
    assertThat(DisplayText.hasFormatCharacters(stored)).isFalse();
  }

  @Test
  void theSameHoldsForTextSetFromTheSession() {
    String stored =
        Fx.call(
            () -> {
              TextField field = new TextField();
              HalfSpaceInput.applyTo(field);
              field.setText("شرکت\u200Cها");
              return field.getText();
            });

    assertThat(stored).isEqualTo("شرکت\u202Fها");
  }
}
