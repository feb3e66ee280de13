package de.buergerinfo.kiosk.ui;

import com.google.zxing.common.BitMatrix;
import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleRole;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * A QR code on screen, to continue on one's phone: black modules on white with a quiet zone, drawn
 * pixel-exact (whole pixels per module, no smoothing) so a phone camera reads it. Never opens the
 * address: the terminal has no browser.
 */
public final class QrCodeView extends StackPane {

  private final ImageView image = new ImageView();
  private String payload = "";
  private double size;

  /** A code drawn {@code size} pixels wide (the modules take whole pixels, so a little less). */
  public QrCodeView(double size) {
    this.size = size;
    getStyleClass().add("qr-code");
    // A code is a picture: it must not be mirrored in Arabic or Persian.
    setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    image.setSmooth(false);
    getChildren().add(image);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
  }

  /** Shows the code of {@code text}; the empty text shows nothing. */
  public void setPayload(String text) {
    if (text.equals(payload)) {
      return;
    }
    payload = text;
    redraw();
  }

  public String getPayload() {
    return payload;
  }

  /** Changes the drawn width (large-text mode draws larger codes). */
  public void setSize(double newSize) {
    if (newSize != size) {
      size = newSize;
      redraw();
    }
  }

  private void redraw() {
    if (payload.isEmpty()) {
      image.setImage(null);
      return;
    }
    BitMatrix matrix = QrCodes.encode(payload);
    int modules = matrix.getWidth() + 2 * QrCodes.QUIET_ZONE;
    int scale = Math.max(2, (int) Math.floor(size / modules));
    int pixels = modules * scale;
    WritableImage picture = new WritableImage(pixels, pixels);
    PixelWriter writer = picture.getPixelWriter();
    for (int y = 0; y < pixels; y++) {
      for (int x = 0; x < pixels; x++) {
        writer.setColor(x, y, QrCodes.darkPixel(matrix, scale, x, y) ? Color.BLACK : Color.WHITE);
      }
    }
    image.setImage(picture);
  }
}
