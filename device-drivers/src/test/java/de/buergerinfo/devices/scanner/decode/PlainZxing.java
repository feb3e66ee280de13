package de.buergerinfo.devices.scanner.decode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Plain ZXing as the yardstick: what its own blackbox tests and a naive camera loop do. */
final class PlainZxing {

  private PlainZxing() {}

  /**
   * ZXing's blackbox method: all formats with default hints, local-threshold binarizer, first in
   * pure-barcode mode, then normally; optionally with {@code TRY_HARDER}.
   */
  static Optional<Result> multiFormat(BufferedImage image, boolean tryHarder) {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    if (tryHarder) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }
    MultiFormatReader reader = new MultiFormatReader();
    Map<DecodeHintType, Object> pure = new EnumMap<>(hints);
    pure.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
    try {
      return Optional.of(reader.decode(bitmap, pure));
    } catch (ReaderException e) {
      // not a pure code: decode normally
    }
    try {
      return Optional.of(reader.decode(bitmap, hints));
    } catch (ReaderException e) {
      return Optional.empty();
    }
  }

  /** A naive camera loop: QR reader and local-threshold binarizer on the grey frame. */
  static Optional<Result> qrFrame(GreyFrame frame) {
    PlanarYUVLuminanceSource source =
        new PlanarYUVLuminanceSource(
            frame.luminance(),
            frame.width(),
            frame.height(),
            0,
            0,
            frame.width(),
            frame.height(),
            false);
    try {
      return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))));
    } catch (ReaderException e) {
      return Optional.empty();
    }
  }
}
