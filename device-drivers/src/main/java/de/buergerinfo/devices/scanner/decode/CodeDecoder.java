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
        : seen.count() >= FRAME_CANDIDATES ? framePasses(frame, seen) : result;
  }

  /**
   * A camera frame in which the first pass saw a code's finder patterns: one global-threshold pass,
   * only on the area around the patterns seen, so a frame with a hard code costs little more than
   * plain ZXing's one pass. Measured on the frame benchmark, this one pass gives all the extra
   * decodes that half size and inverted passes gave, at a third of their cost. The next frame comes
   * in 100 ms anyway, so a frame gets no Data Matrix, no double size and no inverted pass (a
   * light-on-dark code shows no finder pattern that would lead here).
   */
  private static Optional<Result> framePasses(GreyFrame frame, FinderPatterns seen) {
    GreyFrame area = seen.area(frame);
    return qr(bitmap(area, GlobalHistogramBinarizer::new), new FinderPatterns(), false);
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

  /**
   * Counts the finder pattern candidates ZXing's QR detector reports while it searches, and the
   * area they lie in.
   */
  private static final class FinderPatterns implements ResultPointCallback {
    private int count;
    private float minX = Float.MAX_VALUE;
    private float minY = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;
    private float maxY = -Float.MAX_VALUE;

    @Override
    public void foundPossibleResultPoint(ResultPoint point) {
      count++;
      minX = Math.min(minX, point.getX());
      minY = Math.min(minY, point.getY());
      maxX = Math.max(maxX, point.getX());
      maxY = Math.max(maxY, point.getY());
    }

    int count() {
      return count;
    }

    /**
     * The part of {@code frame} around the patterns seen, with a margin of half the patterns'
     * spread (a pattern's centre lies 3.5 modules inside the code, and a missed third pattern may
     * lie beyond the two seen); the whole frame when nothing was seen.
     */
    GreyFrame area(GreyFrame frame) {
      if (count == 0) {
        return frame;
      }
      float spread = Math.max(Math.max(maxX - minX, maxY - minY), 40);
      int left = clamp(minX - spread * 0.6f, frame.width());
      int top = clamp(minY - spread * 0.6f, frame.height());
      int right = clamp(maxX + spread * 0.6f, frame.width());
      int bottom = clamp(maxY + spread * 0.6f, frame.height());
      int width = right - left;
      int height = bottom - top;
      if (width < 21 || height < 21) {
        return frame;
      }
      byte[] pixels = new byte[width * height];
      for (int y = 0; y < height; y++) {
        System.arraycopy(
            frame.luminance(), (top + y) * frame.width() + left, pixels, y * width, width);
      }
      return new GreyFrame(pixels, width, height);
    }

    private static int clamp(float value, int limit) {
      return Math.max(0, Math.min(limit, Math.round(value)));
    }
  }
}
