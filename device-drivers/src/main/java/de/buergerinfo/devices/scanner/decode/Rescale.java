package de.buergerinfo.devices.scanner.decode;

/**
 * Half and double size copies of a frame. ZXing's detectors expect modules of a few pixels: a code
 * photographed from close by has modules too big and noisy (halving averages the noise away), a
 * small code in a small image has modules too small to sample (doubling interpolates them).
 */
final class Rescale {

  private Rescale() {}

  /** Each output pixel is the mean of a 2x2 block. */
  static GreyFrame half(GreyFrame frame) {
    int width = frame.width() / 2;
    int height = frame.height() / 2;
    int sourceWidth = frame.width();
    byte[] in = frame.luminance();
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      int top = 2 * y * sourceWidth;
      int bottom = top + sourceWidth;
      for (int x = 0; x < width; x++) {
        int sum =
            (in[top + 2 * x] & 0xFF)
                + (in[top + 2 * x + 1] & 0xFF)
                + (in[bottom + 2 * x] & 0xFF)
                + (in[bottom + 2 * x + 1] & 0xFF);
        out[y * width + x] = (byte) ((sum + 2) >> 2);
      }
    }
    return new GreyFrame(out, width, height);
  }

  /** Bilinear interpolation to twice the width and height. */
  static GreyFrame twice(GreyFrame frame) {
    int sourceWidth = frame.width();
    int sourceHeight = frame.height();
    int width = 2 * sourceWidth;
    int height = 2 * sourceHeight;
    byte[] in = frame.luminance();
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      // Output pixel centres sit at source coordinates (y + 0.5) / 2 - 0.5.
      int fromY = Math.max(0, (y - 1) >> 1);
      int toY = Math.min(sourceHeight - 1, fromY + 1);
      int weightY = (y == 0 || y == height - 1) ? 0 : ((y & 1) == 1 ? 1 : 3);
      for (int x = 0; x < width; x++) {
        int fromX = Math.max(0, (x - 1) >> 1);
        int toX = Math.min(sourceWidth - 1, fromX + 1);
        int weightX = (x == 0 || x == width - 1) ? 0 : ((x & 1) == 1 ? 1 : 3);
        int a = in[fromY * sourceWidth + fromX] & 0xFF;
        int b = in[fromY * sourceWidth + toX] & 0xFF;
        int c = in[toY * sourceWidth + fromX] & 0xFF;
        int d = in[toY * sourceWidth + toX] & 0xFF;
        int top = a * (4 - weightX) + b * weightX;
        int bottom = c * (4 - weightX) + d * weightX;
        out[y * width + x] = (byte) ((top * (4 - weightY) + bottom * weightY + 8) >> 4);
      }
    }
    return new GreyFrame(out, width, height);
  }
}
