package de.buergerinfo.kiosk.screen.results;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;

/**
 * The notice under the header after a scan that leads nowhere ("this code is not for this
 * terminal"), with a button to close it. Hidden while there is nothing to say.
 */
public final class ScanNoticeBar extends HBox {

  private final Paragraph message = new Paragraph("scan-notice-text");
  private final Button close = new Button();
  private CodeScans.Notice shown = CodeScans.Notice.NONE;

  public ScanNoticeBar() {
    getStyleClass().add("scan-notice");
    getStylesheets().add(ScanNoticeBar.class.getResource("results.css").toExternalForm());
    setAlignment(Pos.CENTER_LEFT);
    close.getStyleClass().add("secondary");
    close.setId("scan-notice-close");
    // The message grows into the width the button leaves; measured at its full one-line width it
    // would squeeze the button (kiosk.css sets every button's least width) until its word no longer
    // fits. Not narrower: text measured very narrow breaks inside words (JavaFX 26 crash, Arabic).
    message.setPrefWidth(700);
    HBox.setHgrow(message, Priority.ALWAYS);
    message.setMaxWidth(Double.MAX_VALUE);
    getChildren().addAll(message, close);
    show(CodeScans.Notice.NONE, null);
  }

  /**
   * Shows {@code scans}' notice from now on and hands the terminal's scans to it (on the FX thread,
   * while {@code active} says the screen is shown); for a screen's {@code onActivate}.
   */
  public Subscription follow(ScreenContext context, CodeScans scans, BooleanSupplier active) {
    close.setOnAction(e -> scans.dismiss());
    Subscription notices = scans.notice().subscribe(notice -> show(notice, context.messages()));
    Subscription texts =
        context.session().language().subscribe(l -> show(shown, context.messages()));
    Runnable events =
        context
            .terminal()
            .events()
            .subscribe(
                event -> {
                  if (event instanceof DeviceEvent.CodeScanned scan) {
                    // Drivers call on their own thread; the screen may be gone by the time it runs.
                    Platform.runLater(
                        () -> {
                          if (active.getAsBoolean()) {
                            scans.scanned(scan.text());
                          }
                        });
                  }
                });
    return notices
        .and(texts)
        .and(events::run)
        .and(
            () -> {
              scans.dismiss();
              close.setOnAction(null);
            });
  }

  private void show(CodeScans.Notice notice, Messages messages) {
    shown = notice;
    boolean visible = notice != CodeScans.Notice.NONE && messages != null;
    setVisible(visible);
    setManaged(visible);
    if (!visible) {
      return;
    }
    message.setText(
        messages.text(
            notice == CodeScans.Notice.STILL_LOADING
                ? "scan.stillLoading"
                : "scan.notForThisTerminal"));
    close.setText(messages.text("scan.close"));
  }
}
