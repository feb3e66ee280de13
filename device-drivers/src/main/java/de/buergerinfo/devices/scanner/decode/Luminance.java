package de.buergerinfo.devices.scanner.decode;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Turns a decoded image file into a {@link GreyFrame}, with the weights ZXing's own Java SE source
 * uses (ITU-R BT.601), so our counts compare with ZXing's; fully transparent pixels count as white
 * paper.
 */
public final class Luminance {

  private Luminance() {}

  /** The image's luminance, one byte per pixel. */
  public static GreyFrame of(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    if ((long) width * height > GreyFrame.MAX_PIXELS) {
      throw new IllegalArgumentException("image of " + width + "x" + height + " is too large");
    }
    byte[] grey = new byte[width * height];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      // getRGB would convert through a linear grey colour space and brighten the picture.
      Raster raster = image.getRaster();
      int[] row = new int[width];
      for (int y = 0; y < height; y++) {
        raster.getSamples(0, y, width, 1, 0, row);
        for (int x = 0; x < width; x++) {
          grey[y * width + x] = (byte) row[x];
        }
      }
      return new GreyFrame(grey, width, height);
    }
    int[] argb = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, argb, 0, width);
      for (int x = 0; x < width; x++) {
        grey[y * width + x] = (byte) luminance(argb[x]);
      }
    }
    return new GreyFrame(grey, width, height);
  }

  private static int luminance(int argb) {
    if ((argb >>> 24) == 0) {
      return 0xFF;
    }
    int red = (argb >> 16) & 0xFF;
    int green = (argb >> 8) & 0xFF;
    int blue = argb & 0xFF;
    return (306 * red + 601 * green + 117 * blue + 0x200) >> 10;
  }
}
