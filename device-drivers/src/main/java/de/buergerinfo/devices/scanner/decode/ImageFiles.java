package de.buergerinfo.devices.scanner.decode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files that may come from anywhere (a citizen's screenshot, a photo IT was sent): the
 * size is read from the header first, and a picture above {@link GreyFrame#MAX_PIXELS} is refused
 * before its pixels are unpacked, so a small file cannot claim gigabytes of memory.
 */
public final class ImageFiles {

  private ImageFiles() {}

  /** Why an image file cannot be decoded, in words for the person who gave the file. */
  public static final class UnreadableImageException extends IOException {
    public UnreadableImageException(String message) {
      super(message);
    }
  }

  /**
   * The file's first picture.
   *
   * @throws UnreadableImageException when the file is missing, not an image, too large or damaged
   */
  public static BufferedImage read(Path file) throws UnreadableImageException {
    if (!Files.exists(file)) {
      throw new UnreadableImageException("no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UnreadableImageException("not a readable file");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new UnreadableImageException("not an image (PNG, JPEG, GIF, BMP or WBMP expected)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || width * height > GreyFrame.MAX_PIXELS) {
          throw new UnreadableImageException(
              "image of "
                  + width
                  + "x"
                  + height
                  + " pixels is larger than "
                  + GreyFrame.MAX_PIXELS / 1_000_000
                  + " megapixels");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (UnreadableImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Image readers throw index and state errors on damaged files, not only IOExceptions.
      throw new UnreadableImageException(
          "damaged or unsupported image (" + e.getClass().getSimpleName() + ")");
    }
  }
}
