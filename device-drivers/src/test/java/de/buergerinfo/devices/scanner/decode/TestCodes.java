package de.buergerinfo.devices.scanner.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.util.Map;

/** QR codes drawn with ZXing's writer, for tests and benchmarks. */
public final class TestCodes {

  private TestCodes() {}

  /** A grey picture of {@code width x height}, white, with a QR code of {@code size} pixels. */
  public static BufferedImage qr(String text, int width, int height, int size) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  size,
                  size,
                  Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
    } catch (WriterException e) {
      throw new IllegalArgumentException(e);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    int left = (width - matrix.getWidth()) / 2;
    int top = (height - matrix.getHeight()) / 2;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int mx = x - left;
        int my = y - top;
        boolean black =
            mx >= 0
                && my >= 0
                && mx < matrix.getWidth()
                && my < matrix.getHeight()
                && matrix.get(mx, my);
        image.getRaster().setSample(x, y, 0, black ? 0 : 255);
      }
    }
    return image;
  }
}
