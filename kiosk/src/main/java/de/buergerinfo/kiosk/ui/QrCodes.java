package de.buergerinfo.kiosk.ui;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.Map;

/**
 * QR codes the citizen scans from the screen with a phone: encoded with ZXing (as the printer
 * driver does for tickets), UTF-8, error correction L: a screen does not crease or fade like paper,
 * and the lower level keeps a long checklist in fewer, larger modules. Pure, no JavaFX: ViewModels
 * measure their payloads with it.
 */
public final class QrCodes {

  /**
   * The largest QR version shown on screen: 97x97 modules (858 bytes at level L, some 400 Cyrillic
   * or Arabic letters). Drawn at 6 px per module that is a square of about 630 px, which phone
   * cameras read from arm's length; larger versions need the phone held still and close.
   */
  public static final int MAX_SCREEN_VERSION = 15;

  /** Modules of light margin around the code (the standard asks for 4). */
  public static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /** The modules of {@code payload} without quiet zone. */
  public static BitMatrix encode(String payload) {
    QRCode code = code(payload);
    ByteMatrix modules = code.getMatrix();
    BitMatrix matrix = new BitMatrix(modules.getWidth(), modules.getHeight());
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y) == 1) {
          matrix.set(x, y);
        }
      }
    }
    return matrix;
  }

  /**
   * Whether the pixel at {@code x, y} is dark when {@code matrix} is drawn with {@code scale}
   * pixels a module and the quiet zone around it.
   */
  public static boolean darkPixel(BitMatrix matrix, int scale, int x, int y) {
    int mx = x / scale - QUIET_ZONE;
    int my = y / scale - QUIET_ZONE;
    return mx >= 0
        && my >= 0
        && mx < matrix.getWidth()
        && my < matrix.getHeight()
        && matrix.get(mx, my);
  }

  /** The QR version (1 to 40) {@code payload} needs. */
  public static int version(String payload) {
    return code(payload).getVersion().getVersionNumber();
  }

  /** Whether {@code payload} fits a code that is easy to scan from the screen. */
  public static boolean scannableOnScreen(String payload) {
    try {
      return !payload.isEmpty() && version(payload) <= MAX_SCREEN_VERSION;
    } catch (IllegalArgumentException e) {
      return false; // more than any QR code holds
    }
  }

  private static QRCode code(String payload) {
    try {
      return Encoder.encode(
          payload, ErrorCorrectionLevel.L, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds this payload: " + e.getMessage(), e);
    }
  }
}
