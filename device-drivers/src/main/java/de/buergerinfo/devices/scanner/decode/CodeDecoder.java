package de.buergerinfo.devices.scanner.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.ResultPointCallback;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import com.google.zxing.qrcode.QRCodeReader;
import de.buergerinfo.devices.scanner.ScannedText;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The terminal's way to find a QR code or Data Matrix in a picture, with ZXing.
 *
 * <p>First the pass plain ZXing makes (local-threshold binarizer, QR reader), so a clear code costs
 * no more than with plain ZXing. When that fails, more passes follow: a global-threshold binarizer
 * with {@code TRY_HARDER}, half size for big pictures (averages sensor noise and oversized
 * modules), double size for small ones, inverted colours (light code on a dark phone screen), and
 * Data Matrix in both colourings. Image files always get these passes. Camera frames get the
 * cheaper of them only when the first pass saw at least two QR finder patterns, so a frame without
 * a code costs what it costs plain ZXing; Data Matrix and light-on-dark codes without dark finder
 * patterns are therefore found in image files, not in camera frames.
 *
 * <p>No 1D formats: plain multi-format ZXing reads EAN-8 and UPC-E codes out of two of the 25
 * photos without any code in ZXing's own negative set, and the codes a terminal expects (service
 * URLs, appointment codes) are two-dimensional. A misread code is worse than none.
 *
 * <p>Thread-safe: every call uses readers of its own.
 */
public final class CodeDecoder {

  /** How much work a picture gets. */
  public enum Effort {
    /** A camera frame: more passes only when the first one saw QR finder patterns. */
    FRAME,
    /** An image file or a still: every pass. */
    IMAGE
  }

  /** Big pictures are also tried at half size (both sides at least this many pixels). */
  private static final int HALVE_FROM = 200;

  /** Small pictures are also tried at double size (no side longer than this). */
  private static final int DOUBLE_UP_TO = 400;

  /**
   * Finder pattern candidates the first pass must have reported before a camera frame gets more
   * passes: a real code that failed shows two to eight, photos without a code at most one.
   */
  private static final int FRAME_CANDIDATES = 2;

  /** Decodes a camera frame with {@link Effort#FRAME}. */
  public Optional<Decoded> decode(GreyFrame frame) {
    return decode(frame, Effort.FRAME);
  }

  /** Decodes an image file's picture with {@link Effort#IMAGE}. */
  public Optional<Decoded> decode(BufferedImage image) {
    return decode(Luminance.of(image), Effort.IMAGE);
  }

  /**
   * Decodes a picture with the given effort; empty when no code (or only an empty one) is found.
   */
  public Optional<Decoded> decode(GreyFrame frame, Effort effort) {
    return decodeRaw(frame, effort).flatMap(CodeDecoder::toDecoded);
  }

  private static Optional<Result> decodeRaw(GreyFrame frame, Effort effort) {
    FinderPatterns seen = new FinderPatterns();
    BinaryBitmap hybrid = bitmap(frame, HybridBinarizer::new);
    Optional<Result> result = qr(hybrid, seen, false);
    if (result.isPresent()) {
      return result;
    }
    return effort == Effort.IMAGE
        ? everyPass(frame, hybrid, seen)
        : seen.count() >= FRAME_CANDIDATES ? framePasses(frame, hybrid, seen) : result;
  }

  /**
   * A camera frame in which the first pass saw a code's finder patterns: the cheap passes first
   * (half size, inverted), the full-size global threshold last. The next frame comes in 100 ms
   * anyway, so a frame gets no Data Matrix and no double size.
   */
  private static Optional<Result> framePasses(
      GreyFrame frame, BinaryBitmap hybrid, FinderPatterns seen) {
    Optional<Result> result = halfSize(frame, seen);
    return result
        .or(() -> inverted(hybrid, image -> qr(image, seen, false)))
        .or(() -> qr(bitmap(frame, GlobalHistogramBinarizer::new), seen, false));
  }

  /** An image file: every pass, in the order that found most codes on ZXing's corpus first. */
  private static Optional<Result> everyPass(
      GreyFrame frame, BinaryBitmap hybrid, FinderPatterns seen) {
    Optional<Result> result = qr(bitmap(frame, GlobalHistogramBinarizer::new), seen, true);
    result = result.or(() -> halfSize(frame, seen));
    if (result.isEmpty() && Math.max(frame.width(), frame.height()) <= DOUBLE_UP_TO) {
      GreyFrame twice = Rescale.twice(frame);
      result = qr(bitmap(twice, HybridBinarizer::new), seen, true);
      result = result.or(() -> qr(bitmap(twice, GlobalHistogramBinarizer::new), seen, true));
    }
    return result
        .or(() -> inverted(hybrid, image -> qr(image, seen, false)))
        .or(() -> dataMatrix(hybrid));
  }

  private static Optional<Result> halfSize(GreyFrame frame, FinderPatterns seen) {
    if (frame.width() < HALVE_FROM || frame.height() < HALVE_FROM) {
      return Optional.empty();
    }
    GreyFrame half = Rescale.half(frame);
    return qr(bitmap(half, HybridBinarizer::new), seen, false)
        .or(() -> qr(bitmap(half, GlobalHistogramBinarizer::new), seen, false));
  }

  private static BinaryBitmap bitmap(GreyFrame frame, Function<LuminanceSource, Binarizer> kind) {
    LuminanceSource source =
        new PlanarYUVLuminanceSource(
            frame.luminance(),
            frame.width(),
            frame.height(),
            0,
            0,
            frame.width(),
            frame.height(),
            false);
    return new BinaryBitmap(kind.apply(source));
  }

  private static Optional<Result> qr(BinaryBitmap image, FinderPatterns seen, boolean tryHarder) {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.NEED_RESULT_POINT_CALLBACK, seen);
    if (tryHarder) {
      hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }
    try {
      return Optional.of(new QRCodeReader().decode(image, hints));
    } catch (ReaderException | RuntimeException e) {
      // ZXing has thrown index errors on odd pictures before; a picture is never worth a crash.
      return Optional.empty();
    }
  }

  private static Optional<Result> dataMatrix(BinaryBitmap image) {
    Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    Optional<Result> result = read(image, hints);
    return result.or(() -> inverted(image, flipped -> read(flipped, hints)));
  }

  private static Optional<Result> read(BinaryBitmap image, Map<DecodeHintType, Object> hints) {
    try {
      return Optional.of(new DataMatrixReader().decode(image, hints));
    } catch (ReaderException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Light-on-dark codes: the already binarized picture with black and white swapped. */
  private static Optional<Result> inverted(
      BinaryBitmap image, Function<BinaryBitmap, Optional<Result>> reader) {
    BitMatrix matrix;
    try {
      matrix = image.getBlackMatrix();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    matrix.flip();
    try {
      return reader.apply(image);
    } finally {
      // The bitmap caches its matrix; later passes expect the original colours.
      matrix.flip();
    }
  }

  private static Optional<Decoded> toDecoded(Result result) {
    CodeFormat format =
        result.getBarcodeFormat() == BarcodeFormat.DATA_MATRIX
            ? CodeFormat.DATA_MATRIX
            : CodeFormat.QR_CODE;
    String raw = result.getText();
    return ScannedText.clean(raw).map(text -> new Decoded(text, format, raw));
  }

  /** Counts the finder pattern candidates ZXing's QR detector reports while it searches. */
  private static final class FinderPatterns implements ResultPointCallback {
    private int count;

    @Override
    public void foundPossibleResultPoint(ResultPoint point) {
      count++;
    }

    int count() {
      return count;
    }
  }
}
