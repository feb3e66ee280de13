package de.buergerinfo.devices.printer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.Optional;

/** Scans a printed image with plain ZXing, as a citizen's phone would. */
final class QrScan {

  private QrScan() {}

  static Optional<String> decode(BufferedImage image) {
    try {
      return Optional.of(
          new MultiFormatReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
              .getText());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
