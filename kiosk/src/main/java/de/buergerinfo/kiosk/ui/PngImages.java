package de.buergerinfo.kiosk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** Writes JavaFX images as PNG files without the javafx-swing module. */
public final class PngImages {

  private PngImages() {}

  /** The image's pixels as an opaque Java2D image. */
  public static BufferedImage toBufferedImage(Image image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] pixels = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    result.setRGB(0, 0, width, height, pixels, 0, width);
    return result;
  }

  /** Writes {@code image} to {@code file}, creating parent folders. */
  public static void write(Image image, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(toBufferedImage(image), "png", file.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }
}
