package de.buergerinfo.devices.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what a printer printed as a picture of the paper: the embedded default shows each ticket
 * the simulated printer received, so a demo shows exactly what a citizen would take home.
 */
public final class TicketPicture {

  private static final int MARGIN = 16;
  private static final int LINE_HEIGHT = 26;

  private TicketPicture() {}

  /** The paper with everything on it, {@code paper.dots()} wide plus margins. */
  public static BufferedImage draw(List<EscPosDecoder.Printed> printed, PaperWidth paper) {
    List<Block> blocks = new ArrayList<>();
    for (EscPosDecoder.Printed element : printed) {
      switch (element) {
        case EscPosDecoder.TextLine line -> blocks.add(new TextBlock(line));
        case EscPosDecoder.Image image -> blocks.add(new ImageBlock(image.image(), 1));
        case EscPosDecoder.Qr qr ->
            blocks.add(new ImageBlock(QrRaster.draw(qr.payload(), paper.dots() / 2), 1));
        case EscPosDecoder.Barcode barcode -> {
          blocks.add(new ImageBlock(code128(barcode), 1));
          // The printer prints the code's text below it (GS H 2).
          blocks.add(new TextBlock(new EscPosDecoder.TextLine(barcode.payload(), false, 1, 1)));
        }
        case EscPosDecoder.Cut cut -> blocks.add(new CutBlock());
        case EscPosDecoder.StatusRequest request -> {}
        case EscPosDecoder.Broken broken -> blocks.add(new TextBlock(unreadable()));
      }
    }
    int width = paper.dots() + 2 * MARGIN;
    int height = 2 * MARGIN + blocks.stream().mapToInt(Block::height).sum();
    BufferedImage picture =
        new BufferedImage(width, Math.max(height, 64), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
      int y = MARGIN;
      for (Block block : blocks) {
        block.draw(g, MARGIN, y, paper.dots());
        y += block.height();
      }
    } finally {
      g.dispose();
    }
    return picture;
  }

  private static EscPosDecoder.TextLine unreadable() {
    return new EscPosDecoder.TextLine("[the printer could not read the rest]", true, 1, 1);
  }

  private static BufferedImage code128(EscPosDecoder.Barcode barcode) {
    BitMatrix matrix = new Code128Writer().encode(barcode.payload(), BarcodeFormat.CODE_128, 0, 80);
    BufferedImage image =
        new BufferedImage(
            matrix.getWidth() * 2, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x / 2, y) ? 0 : 0xFFFFFF);
      }
    }
    return image;
  }

  private sealed interface Block {
    int height();

    void draw(Graphics2D g, int left, int top, int width);
  }

  private record TextBlock(EscPosDecoder.TextLine line) implements Block {
    @Override
    public int height() {
      return LINE_HEIGHT * line.scale();
    }

    @Override
    public void draw(Graphics2D g, int left, int top, int width) {
      // Font A: 12 dots per character, 24 dots high; scaled as the printer scales it.
      g.setFont(new Font(Font.MONOSPACED, line.bold() ? Font.BOLD : Font.PLAIN, 20 * line.scale()));
      g.setColor(Color.BLACK);
      int textWidth = g.getFontMetrics().stringWidth(line.text());
      int x =
          switch (line.alignment()) {
            case 1 -> left + (width - textWidth) / 2;
            case 2 -> left + width - textWidth;
            default -> left;
          };
      g.drawString(line.text(), x, top + g.getFontMetrics().getAscent());
    }
  }

  private record ImageBlock(BufferedImage image, int alignment) implements Block {
    @Override
    public int height() {
      return image.getHeight() + 4;
    }

    @Override
    public void draw(Graphics2D g, int left, int top, int width) {
      int x = image.getWidth() >= width ? left : left + (width - image.getWidth()) / 2;
      if (image.getWidth() == width) {
        x = left;
      }
      g.drawImage(image, x, top + 2, null);
    }
  }

  private record CutBlock() implements Block {
    @Override
    public int height() {
      return 24;
    }

    @Override
    public void draw(Graphics2D g, int left, int top, int width) {
      g.setColor(Color.GRAY);
      g.setStroke(
          new BasicStroke(
              2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
      g.drawLine(0, top + 12, left * 2 + width, top + 12);
    }
  }
}
