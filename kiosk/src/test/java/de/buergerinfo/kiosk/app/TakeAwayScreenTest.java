package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.app.ScreenRenderer.Shot;
import de.buergerinfo.kiosk.app.ScreenRenderer.Style;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayView;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayViewModel.PrintState;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.terminal.NoPrinter;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ReachableText;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.ui.QrCodeView;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The take-away screen in a real scene: when the printer cannot print, a phone reads the on-screen
 * code and gets the checklist; once the session ends, nothing of a personal checklist remains.
 */
@ExtendWith(JavaFxExtension.class)
class TakeAwayScreenTest {

  private static final ScreenRenderer RENDERER =
      new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());

  /** Someone whose ID card was stolen and who reported it: this item is theirs only. */
  private static final String PERSONAL_LINE =
      "[ ] Bescheinigung der Polizei über die Diebstahlsanzeige";

  private static final TakeAway.FlowChecklist STOLEN =
      new TakeAway.FlowChecklist(
          "ausweis-verloren",
          new de.buergerinfo.content.catalog.FlowAnswers(
              Map.of(
                  "gestohlen", "ja",
                  "polizei-anzeige", "ja",
                  "volljaehrig", "ja",
                  "staatsangehoerigkeit", "deutsch",
                  "dokument-deutsch", "personalausweis")));

  private static ScreenRenderer.Rendered showTakeAway() {
    Scenario scenario =
        Scenario.of(ScreenId.TAKE_AWAY)
            .before(
                ui -> {
                  ui.session().takeAway().set(Optional.of(STOLEN));
                  ui.context().terminal().usePrinter(new NoPrinter("paper out"));
                });
    return Fx.call(
        () ->
            RENDERER.render(
                new Shot(scenario, Language.GERMAN, ScreenOrientation.PORTRAIT, Style.NORMAL)));
  }

  private static void printAndWait(TakeAwayView view) throws InterruptedException {
    Fx.run(view::print);
    for (int i = 0; i < 250 && Fx.call(() -> view.printState().get()) == PrintState.PRINTING; i++) {
      Thread.sleep(20);
    }
  }

  @Test
  void whenThePrinterCannotAPhoneReadsTheChecklistFromTheScreen() throws Exception {
    try (ScreenRenderer.Rendered rendered = showTakeAway()) {
      TakeAwayView view =
          (TakeAwayView) Fx.call(() -> rendered.ui().navigator().screen(ScreenId.TAKE_AWAY));
      assertThat(Fx.call(() -> view.printState().get())).isEqualTo(PrintState.READY);

      printAndWait(view);

      assertThat(Fx.call(() -> view.printState().get())).isEqualTo(PrintState.NOT_PRINTED);
      BufferedImage code =
          Fx.call(
              () -> {
                QrCodeView qr =
                    (QrCodeView) SceneInspection.find(rendered.ui().frame(), "#takeaway-qr");
                assertThat(qr.isVisible()).isTrue();
                javafx.scene.image.Image shot = qr.snapshot(null, null);
                return toBufferedImage(shot);
              });
      String scanned =
          new MultiFormatReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(code))),
                  Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, true))
              .getText();
      assertThat(scanned).contains(PERSONAL_LINE).contains("Das bringen Sie mit:");
      String status =
          Fx.call(
              () ->
                  ((de.buergerinfo.kiosk.ui.Paragraph)
                          SceneInspection.find(rendered.ui().frame(), "#takeaway-status"))
                      .getText());
      assertThat(status)
          .isEqualTo(
              "Der Drucker kann gerade nicht drucken. Scannen Sie diesen Code mit Ihrem Handy,"
                  + " um die Liste mitzunehmen.");
    }
  }

  @Test
  void aPersonalChecklistIsReachableFromNowhereOnceTheSessionEnds() throws Exception {
    try (ScreenRenderer.Rendered rendered = showTakeAway()) {
      KioskUi ui = rendered.ui();
      TakeAwayView view = (TakeAwayView) Fx.call(() -> ui.navigator().screen(ScreenId.TAKE_AWAY));
      printAndWait(view);
      assertThat(Fx.call(() -> ReachableText.find(PERSONAL_LINE, rendered.scene(), ui)))
          .as("the check finds what is there")
          .isNotEmpty();

      Fx.run(
          () -> {
            ui.session().end(SessionEndReason.FINISHED);
            ui.navigator().show(ScreenId.ATTRACT);
          });
      Fx.waitForIdle();

      assertThat(Fx.call(() -> ReachableText.find(PERSONAL_LINE, rendered.scene(), ui))).isEmpty();
      assertThat(Fx.call(() -> ui.session().takeAway().get())).isEmpty();
    }
  }

  private static BufferedImage toBufferedImage(javafx.scene.image.Image image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    javafx.scene.image.PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        result.setRGB(x, y, pixels.getArgb(x, y) & 0xFFFFFF);
      }
    }
    return result;
  }
}
