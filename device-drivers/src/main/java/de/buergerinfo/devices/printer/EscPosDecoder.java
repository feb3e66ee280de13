package de.buergerinfo.devices.printer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back into what a printer would put on paper: text lines (in the selected code
 * page), raster images (bands stitched together), QR payloads and cuts. The printer emulator and
 * the printer tests use it; it knows the commands our encoder sends and skips others it can
 * measure.
 */
public final class EscPosDecoder {

  /** What came out of the printer. */
  public sealed interface Printed {}

  /** A line of text as printed, with its style. */
  public record TextLine(String text, boolean bold, int alignment, int scale) implements Printed {}

  /** A raster image (consecutive bands joined). */
  public record Image(BufferedImage image) implements Printed {}

  /** A QR code the printer drew from this payload. */
  public record Qr(String payload) implements Printed {}

  /** A barcode the printer drew from this payload (CODE128 set B). */
  public record Barcode(String payload) implements Printed {}

  /** The paper was cut. */
  public record Cut() implements Printed {}

  /** A real-time status request {@code DLE EOT n}. */
  public record StatusRequest(int n) implements Printed {}

  /**
   * Decoding stopped at {@code offset}: the bytes ended inside a command, a command declared more
   * data than arrived, or it asked for something no ticket printer does (an image wider than 4096
   * dots).
   */
  public record Broken(int offset) implements Printed {}

  /** Widest image the decoder accepts, in bytes per row (4096 dots). */
  static final int MAX_IMAGE_BYTES_PER_ROW = 512;

  /** Largest image the decoder builds: a 80 mm printer's width, 20,000 rows. */
  static final long MAX_IMAGE_DOTS = 576L * 20_000;

  private final List<Printed> printed = new ArrayList<>();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private Charset charset = Charset.forName("IBM437");
  private boolean bold;
  private int alignment;
  private int scale = 1;
  private byte[] qrData = new byte[0];
  private BufferedImage pendingImage;

  /** Decodes a whole job. */
  public static List<Printed> decode(byte[] bytes) {
    EscPosDecoder decoder = new EscPosDecoder();
    try {
      decoder.read(bytes);
      decoder.finish();
    } catch (TruncatedException e) {
      decoder.finish();
      decoder.printed.add(new Broken(e.offset));
    }
    return decoder.printed;
  }

  /** A command that runs past the end of the bytes. */
  private static final class TruncatedException extends RuntimeException {
    private final int offset;

    TruncatedException(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  /** Throws unless {@code b} holds {@code count} bytes from {@code from}. */
  private static void need(byte[] b, int from, long count) {
    if (from < 0 || count < 0 || from + count > b.length) {
      throw new TruncatedException(from);
    }
  }

  private void read(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c == 0x1B && i + 1 < b.length) {
        i = esc(b, i);
      } else if (c == 0x1D && i + 1 < b.length) {
        i = gs(b, i);
      } else if (c == 0x10 && i + 2 < b.length && b[i + 1] == 0x04) {
        flushImage();
        printed.add(new StatusRequest(b[i + 2]));
        i += 3;
      } else if (c == '\n') {
        flushLine(true);
        i++;
      } else {
        flushImage();
        line.write(c);
        i++;
      }
    }
  }

  private int esc(byte[] b, int i) {
    int command = b[i + 1];
    if (command == 't'
        || command == 'a'
        || command == 'E'
        || command == 'd'
        || command == 'J'
        || command == '-'
        || command == 'R'
        || command == '!') {
      need(b, i, 3);
    }
    switch (command) {
      case '@' -> {
        bold = false;
        alignment = 0;
        scale = 1;
        return i + 2;
      }
      case 't' -> {
        CodePage.byNumber(b[i + 2] & 0xFF).ifPresent(page -> charset = page.charset());
        return i + 3;
      }
      case 'a' -> {
        alignment = b[i + 2] & 0x03;
        return i + 3;
      }
      case 'E' -> {
        bold = (b[i + 2] & 1) == 1;
        return i + 3;
      }
      case 'd', 'J', '-', 'R', '!' -> {
        return i + 3;
      }
      default -> {
        return i + 2;
      }
    }
  }

  private int gs(byte[] b, int i) {
    int command = b[i + 1];
    switch (command) {
      case '!' -> {
        need(b, i, 3);
        scale = ((b[i + 2] & 0x0F) + 1);
        return i + 3;
      }
      case 'h', 'w', 'H' -> {
        need(b, i, 3);
        return i + 3;
      }
      case 'k' -> {
        need(b, i, 4);
        int length = b[i + 3] & 0xFF;
        need(b, i + 4, length);
        flushLine(false);
        flushImage();
        String data = new String(b, i + 4, length, StandardCharsets.US_ASCII);
        printed.add(new Barcode(data.startsWith("{B") ? data.substring(2) : data));
        return i + 4 + length;
      }
      case 'V' -> {
        need(b, i, 3);
        flushLine(false);
        flushImage();
        printed.add(new Cut());
        int m = b[i + 2] & 0xFF;
        return i + (m == 65 || m == 66 ? 4 : 3);
      }
      case '(' -> {
        need(b, i, 5);
        int length = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
        need(b, i + 5, length);
        if (b[i + 2] == 'k' && length >= 3 && b[i + 5] == '1') {
          int fn = b[i + 6];
          if (fn == 'P') {
            qrData = java.util.Arrays.copyOfRange(b, i + 8, i + 5 + length);
          } else if (fn == 'Q') {
            flushLine(false);
            flushImage();
            printed.add(new Qr(new String(qrData, StandardCharsets.UTF_8)));
          }
        }
        return i + 5 + length;
      }
      case 'v' -> {
        need(b, i, 8);
        flushLine(false);
        int bytesPerRow = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
        int rows = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
        // Checked before allocating: a hostile header must not make a gigapixel image.
        need(b, i + 8, (long) bytesPerRow * rows);
        if ((long) bytesPerRow * 8 * rows > MAX_IMAGE_DOTS
            || bytesPerRow > MAX_IMAGE_BYTES_PER_ROW
            || bytesPerRow == 0
            || rows == 0) {
          throw new TruncatedException(i);
        }
        BufferedImage band =
            new BufferedImage(bytesPerRow * 8, rows, BufferedImage.TYPE_BYTE_BINARY);
        int start = i + 8;
        for (int y = 0; y < rows; y++) {
          for (int x = 0; x < bytesPerRow * 8; x++) {
            int value = b[start + y * bytesPerRow + x / 8] & (0x80 >> (x % 8));
            band.setRGB(x, y, value != 0 ? 0x000000 : 0xFFFFFF);
          }
        }
        append(band);
        return start + bytesPerRow * rows;
      }
      default -> {
        return i + 2;
      }
    }
  }

  private void append(BufferedImage band) {
    if (pendingImage == null) {
      pendingImage = band;
      return;
    }
    BufferedImage joined =
        new BufferedImage(
            Math.max(pendingImage.getWidth(), band.getWidth()),
            pendingImage.getHeight() + band.getHeight(),
            BufferedImage.TYPE_BYTE_BINARY);
    var g = joined.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, joined.getWidth(), joined.getHeight());
    g.drawImage(pendingImage, 0, 0, null);
    g.drawImage(band, 0, pendingImage.getHeight(), null);
    g.dispose();
    pendingImage = joined;
  }

  private void flushImage() {
    if (pendingImage != null) {
      printed.add(new Image(pendingImage));
      pendingImage = null;
    }
  }

  private void flushLine(boolean always) {
    if (line.size() > 0 || always) {
      flushImage();
      printed.add(new TextLine(new String(line.toByteArray(), charset), bold, alignment, scale));
      line.reset();
    }
  }

  private void finish() {
    flushLine(false);
    flushImage();
  }
}
