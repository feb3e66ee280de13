package de.buergerinfo.content;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real data that the project did not write (the Munich catalogue, OZG/LeiKa, ZXing's photos), found
 * through {@code -Dbis.sharedData}. Never copied into the repository.
 */
public final class SharedData {

  /** The system property the build sets (from BIS_SHARED_DATA or ../shared/data). */
  public static final String PROPERTY = "bis.sharedData";

  private SharedData() {}

  /**
   * The folder {@code relative} inside the shared data; the calling test is skipped, saying why,
   * when it is not there (someone else's machine without the data).
   */
  public static Path folder(String relative) {
    String root = System.getProperty(PROPERTY, "");
    Path folder = Path.of(root.isBlank() ? "." : root).resolve(relative);
    assumeTrue(
        !root.isBlank() && Files.isDirectory(folder),
        () ->
            "shared test data not found at "
                + folder.toAbsolutePath()
                + "; run with -D"
                + PROPERTY
                + "=<path to shared/data> or set BIS_SHARED_DATA");
    return folder;
  }
}
