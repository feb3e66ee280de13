package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class ParagraphTest {

  private static final String ARABIC =
      "هل تحتاج إلى مساعدة؟ يسعد فريق المكتبة بمساعدتك في كل الطلبات والمواعيد لدى مدينة بريمن.";

  @Test
  void segmentsKeepEveryCharacterInOrder() {
    assertThat(String.join("", Paragraph.segments(ARABIC))).isEqualTo(ARABIC);
    assertThat(Paragraph.segments("Bitte wählen Sie")).containsExactly("Bitte ", "wählen ", "Sie");
  }

  @Test
  void wrapsLongArabicTextWithoutTheJavaFxCrash() {
    // A Label with wrapText throws ArrayIndexOutOfBoundsException here (JavaFX 26, Linux).
    double height =
        Fx.call(
            () -> {
              Paragraph paragraph = new Paragraph();
              paragraph.setText(ARABIC);
              paragraph.setStyle("-fx-font-size: 40px;");
              StackPane root = new StackPane(paragraph);
              root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
              Scene scene = new Scene(root, 400, 900);
              scene.snapshot(null);
              return paragraph.getHeight();
            });

    assertThat(height).as("several lines").isGreaterThan(3 * 40);
  }

  @Test
  void settingTheSameTextKeepsTheNodes() {
    Fx.run(
        () -> {
          Paragraph paragraph = new Paragraph("hint");
          paragraph.setText("eins zwei");
          Text first = (Text) paragraph.getChildren().getFirst();
          paragraph.setText("eins zwei");
          assertThat(paragraph.getChildren().getFirst()).isSameAs(first);
          assertThat(paragraph.getStyleClass()).contains("paragraph", "hint");
        });
  }
}
