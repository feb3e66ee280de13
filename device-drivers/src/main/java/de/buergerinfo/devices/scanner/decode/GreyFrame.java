package de.buergerinfo.devices.scanner.decode;

/**
 * One grey picture: a luminance byte per pixel, row by row, as a camera delivers it ({@code ffmpeg
 * -pix_fmt gray}). The array is not copied: a frame is handed over once and then only read.
 *
 * @param luminance at least {@code width * height} bytes, 0 black to 255 white
 * @param width pixels per row
 * @param height rows
 */
public record GreyFrame(byte[] luminance, int width, int height) {

  /** Largest frame we decode, in pixels (40 megapixels); bigger ones are refused, not decoded. */
  public static final long MAX_PIXELS = 40_000_000L;

  public GreyFrame {
    if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
      throw new IllegalArgumentException(
          "frame size " + width + "x" + height + " is outside 1 to " + MAX_PIXELS + " pixels");
    }
    if (luminance == null || luminance.length < width * height) {
      throw new IllegalArgumentException(
          "frame of " + width + "x" + height + " needs " + width * height + " bytes");
    }
  }

  @Override
  public String toString() {
    return "GreyFrame[" + width + "x" + height + "]";
  }
}
