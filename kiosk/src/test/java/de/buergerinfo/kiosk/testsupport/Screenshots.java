package de.buergerinfo.kiosk.testsupport;

import de.buergerinfo.kiosk.ui.PngImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.image.Image;

/** Writes what a test rendered to {@code target/screenshots/}, for people to look at. */
public final class Screenshots {

  /** The folder every UI test writes its pictures to. */
  public static final Path FOLDER = Path.of("target", "screenshots");

  private Screenshots() {}

  /** Writes {@code image} as {@code target/screenshots/<fileName>}; returns the file. */
  public static Path write(Image image, String fileName) {
    Path file = FOLDER.resolve(fileName);
    try {
      PngImages.write(image, file);
    } catch (IOException e) {
      throw new UncheckedIOException("screenshot " + file + " could not be written", e);
    }
    return file;
  }
}
