package de.buergerinfo.devices.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link Ticket} into ESC/POS bytes for one printer: text in its code page, and any line
 * the code page cannot hold (Arabic, Persian, mixed scripts) as a raster image drawn with Java2D,
 * shaped and right-to-left. Raster data never contains a real-time command ({@code DLE EOT}, {@code
 * DLE ENQ}, {@code DLE DC4}), which a printer would execute even inside image data.
 */
public final class EscPosEncoder {

  static final byte ESC = 0x1B;
  static final byte GS = 0x1D;
  static final byte DLE = 0x10;

  /** Rows per {@code GS v 0} band: many printers cannot take taller images in one command. */
  static final int BAND_ROWS = 128;

  private final PrinterProfile profile;
  private final PaperWidth paper;

  public EscPosEncoder(PrinterProfile profile) {
    this.profile = profile;
    this.paper = profile.paper();
  }

  /** An encoder for a printer with one code page. */
  public EscPosEncoder(PaperWidth paper, CodePage codePage, boolean nativeQr) {
    this(new PrinterProfile("custom", paper, List.of(codePage), nativeQr));
  }

  public PrinterProfile profile() {
    return profile;
  }

  public byte[] encode(Ticket ticket) {
    Job out = new Job();
    for (Ticket.Element element : ticket.elements()) {
      switch (element) {
        case Ticket.Heading heading -> {
          align(out, 1);
          bold(out, true);
          line(out, heading.text(), 28f);
          bold(out, false);
          align(out, 0);
        }
        case Ticket.BigNumber number -> {
          align(out, 1);
          size(out, 3);
          line(out, number.text(), 64f);
          size(out, 1);
          align(out, 0);
        }
        case Ticket.Text text -> {
          bold(out, text.emphasis());
          for (String wrapped : Lines.wrap(text.text(), paper.columns())) {
            line(out, wrapped, 24f);
          }
          bold(out, false);
        }
        case Ticket.Row row -> line(out, Lines.row(row.label(), row.value(), paper.columns()), 24f);
        case Ticket.Qr qr -> qr(out, qr.payload());
        case Ticket.Barcode barcode -> barcode(out, barcode.payload());
        case Ticket.Image image -> {
          align(out, 1);
          raster(out, fitted(image.image()));
          align(out, 0);
        }
        case Ticket.Separator separator -> line(out, "-".repeat(paper.columns()), 24f);
        case Ticket.Cut cut -> out.writeBytes(new byte[] {GS, 'V', 'B', 3});
      }
    }
    return out.toByteArray();
  }

  /** The bytes of one ticket, and the code page the printer has selected at that point. */
  private final class Job extends ByteArrayOutputStream {
    private CodePage selected;

    Job() {
      super(4096);
      // ESC @ resets the code page too, so it is always selected again after it.
      writeBytes(new byte[] {ESC, '@'});
      select(profile.codePages().getFirst());
    }

    void select(CodePage page) {
      if (page != selected) {
        writeBytes(new byte[] {ESC, 't', (byte) page.number()});
        selected = page;
      }
    }
  }

  private static void align(ByteArrayOutputStream out, int n) {
    out.writeBytes(new byte[] {ESC, 'a', (byte) n});
  }

  private static void bold(ByteArrayOutputStream out, boolean on) {
    out.writeBytes(new byte[] {ESC, 'E', (byte) (on ? 1 : 0)});
  }

  private static void size(ByteArrayOutputStream out, int factor) {
    out.writeBytes(new byte[] {GS, '!', (byte) (((factor - 1) << 4) | (factor - 1))});
  }

  /**
   * A line in a code page of the printer if one holds all of it (the selected one first, so
   * switching is rare), else as a raster image. Control characters are dropped first: an {@code
   * ESC} or {@code DLE} in a text would be a command to the printer.
   */
  private void line(Job out, String text, float points) {
    String printable =
        text.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (!needsBidi(printable)) {
      List<CodePage> order = new ArrayList<>(profile.codePages());
      order.remove(out.selected);
      order.addFirst(out.selected);
      for (CodePage page : order) {
        Optional<byte[]> encoded = inCodePage(printable, page);
        if (encoded.isPresent()) {
          out.select(page);
          out.writeBytes(encoded.get());
          out.write('\n');
          return;
        }
      }
    }
    raster(out, render(printable, points));
  }

  private static boolean needsBidi(String text) {
    return new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isMixed()
        || Bidi.requiresBidi(text.toCharArray(), 0, text.length());
  }

  private static Optional<byte[]> inCodePage(String text, CodePage codePage) {
    CharsetEncoder encoder =
        codePage
            .charset()
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
      byte[] array = new byte[bytes.remaining()];
      bytes.get(array);
      return Optional.of(array);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Draws {@code text} shaped and in its own direction, right-aligned when right-to-left. */
  BufferedImage render(String text, float points) {
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(points));
    FontRenderContext context = new FontRenderContext(null, true, true);
    TextLayout layout = new TextLayout(text, font, context);
    int height =
        (int) Math.ceil(layout.getAscent() + layout.getDescent() + layout.getLeading()) + 4;
    BufferedImage image =
        new BufferedImage(paper.dots(), Math.max(8, height), BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
      float width = (float) layout.getAdvance();
      float x = layout.isLeftToRight() ? 0 : Math.max(0, paper.dots() - width);
      layout.draw(g, x, layout.getAscent() + 2);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** {@code GS v 0} in bands, bit 1 = black, most significant bit leftmost. */
  static void raster(ByteArrayOutputStream out, BufferedImage image) {
    int bytesPerRow = (image.getWidth() + 7) / 8;
    for (int top = 0; top < image.getHeight(); top += BAND_ROWS) {
      int rows = Math.min(BAND_ROWS, image.getHeight() - top);
      byte[] data = new byte[bytesPerRow * rows];
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if ((image.getRGB(x, top + y) & 0xFFFFFF) == 0) {
            data[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
          }
        }
      }
      withoutRealTimeCommands(data);
      out.writeBytes(
          new byte[] {
            GS,
            'v',
            '0',
            0,
            (byte) bytesPerRow,
            (byte) (bytesPerRow >> 8),
            (byte) rows,
            (byte) (rows >> 8)
          });
      out.writeBytes(data);
    }
  }

  /**
   * Clears one dot wherever the data would read {@code DLE EOT}, {@code DLE ENQ} or {@code DLE
   * DC4}: a printer executes these even inside image data (a status byte appears, or the printer
   * resets). One missing dot in a glyph is invisible.
   */
  static void withoutRealTimeCommands(byte[] data) {
    for (int i = 0; i + 1 < data.length; i++) {
      if (data[i] == DLE && (data[i + 1] == 0x04 || data[i + 1] == 0x05 || data[i + 1] == 0x14)) {
        data[i] = 0x00;
      }
    }
  }

  private static boolean containsRealTimeCommand(byte[] data) {
    byte[] copy = data.clone();
    withoutRealTimeCommands(copy);
    return !java.util.Arrays.equals(copy, data);
  }

  /** CODE128 with code set B ({@code GS k 73}), human-readable text below. */
  private static void barcode(ByteArrayOutputStream out, String payload) {
    byte[] data = ("{B" + payload).getBytes(StandardCharsets.US_ASCII);
    align(out, 1);
    out.writeBytes(new byte[] {GS, 'h', 80, GS, 'w', 2, GS, 'H', 2});
    out.writeBytes(new byte[] {GS, 'k', 73, (byte) data.length});
    out.writeBytes(data);
    out.write('\n');
    align(out, 0);
  }

  /** {@code image} in black and white, scaled down to the paper's width if wider. */
  private BufferedImage fitted(BufferedImage image) {
    int width = Math.min(image.getWidth(), paper.dots());
    int height = Math.max(1, image.getHeight() * width / Math.max(1, image.getWidth()));
    BufferedImage fitted = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = fitted.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return fitted;
  }

  private void qr(ByteArrayOutputStream out, String payload) {
    byte[] data = payload.getBytes(StandardCharsets.UTF_8);
    // A payload holding DLE EOT, DLE ENQ or DLE DC4 would be executed inside GS ( k: draw it.
    if (!profile.nativeQr() || containsRealTimeCommand(data)) {
      align(out, 1);
      raster(out, QrRaster.draw(payload, paper.dots() / 2));
      align(out, 0);
      return;
    }
    align(out, 1);
    out.writeBytes(new byte[] {GS, '(', 'k', 4, 0, '1', 'A', '2', 0});
    out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'C', 6});
    out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'E', '1'});
    int length = data.length + 3;
    out.writeBytes(new byte[] {GS, '(', 'k', (byte) length, (byte) (length >> 8), '1', 'P', '0'});
    out.writeBytes(data);
    out.writeBytes(new byte[] {GS, '(', 'k', 3, 0, '1', 'Q', '0'});
    out.write('\n');
    align(out, 0);
  }
}
