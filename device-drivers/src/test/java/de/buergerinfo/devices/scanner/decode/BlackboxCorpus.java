package de.buergerinfo.devices.scanner.decode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * ZXing's blackbox QR corpus from the shared data ({@code ${bis.sharedData}/zxing-blackbox}), with
 * ZXing's own minimum decode counts per folder and rotation (devices.md, section 5).
 */
final class BlackboxCorpus {

  static final List<Integer> ROTATIONS = List.of(0, 90, 180, 270);

  /** Minimum decodes at 0, 90, 180 and 270 degrees, as ZXing's tests require them. */
  static final Map<String, int[]> THRESHOLDS =
      Map.of(
          "qrcode-1", new int[] {17, 14, 17, 14},
          "qrcode-2", new int[] {32, 30, 31, 31},
          "qrcode-3", new int[] {38, 39, 36, 39},
          "qrcode-4", new int[] {36, 35, 35, 35},
          "qrcode-5", new int[] {19, 19, 19, 19},
          "qrcode-6", new int[] {15, 14, 13, 14},
          "inverted", new int[] {1, 1, 1, 1});

  static final List<String> QR_FOLDERS =
      List.of("qrcode-1", "qrcode-2", "qrcode-3", "qrcode-4", "qrcode-5", "qrcode-6");

  static final String NEGATIVES = "falsepositives-2";

  /** One picture; {@code expected} is empty in the negative folder. */
  record Sample(String folder, String name, BufferedImage image, Optional<String> expected) {
    String id() {
      return folder + "/" + name;
    }
  }

  private BlackboxCorpus() {}

  /** The corpus folder, or a skipped test that says why. */
  static Path folder() {
    String shared = System.getProperty("bis.sharedData");
    assumeTrue(
        shared != null && !shared.isBlank(),
        "system property bis.sharedData is not set: no ZXing blackbox corpus to test against");
    Path folder = Path.of(shared, "zxing-blackbox");
    assumeTrue(
        Files.isDirectory(folder.resolve("qrcode-1")),
        "no ZXing blackbox corpus at " + folder + " (see devices.md, section 5)");
    return folder;
  }

  /** All pictures of one folder, sorted by name. */
  static List<Sample> samples(Path corpus, String folder) {
    Path directory = corpus.resolve(folder);
    try (Stream<Path> files = Files.list(directory)) {
      List<Sample> samples = new ArrayList<>();
      for (Path file : files.filter(BlackboxCorpus::isImage).sorted().toList()) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.indexOf('.'));
        BufferedImage image = ImageIO.read(file.toFile());
        samples.add(new Sample(folder, name, image, expected(directory, name)));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".gif");
  }

  /** The expected payload, exactly as stored: some end in a newline that belongs to the code. */
  private static Optional<String> expected(Path directory, String name) throws IOException {
    Path text = directory.resolve(name + ".txt");
    if (Files.exists(text)) {
      return Optional.of(Files.readString(text, StandardCharsets.UTF_8));
    }
    Path bytes = directory.resolve(name + ".bin");
    if (Files.exists(bytes)) {
      return Optional.of(new String(Files.readAllBytes(bytes), StandardCharsets.ISO_8859_1));
    }
    return Optional.empty();
  }

  /**
   * The picture turned clockwise by a multiple of 90 degrees, pixel for pixel (ZXing's tests turn
   * with bicubic interpolation, which at right angles moves the same pixels).
   */
  static BufferedImage rotate(BufferedImage image, int degrees) {
    int turns = Math.floorMod(degrees / 90, 4);
    if (turns == 0) {
      return image;
    }
    int width = image.getWidth();
    int height = image.getHeight();
    boolean sideways = turns % 2 == 1;
    BufferedImage turned =
        new BufferedImage(
            sideways ? height : width, sideways ? width : height, BufferedImage.TYPE_INT_ARGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        switch (turns) {
          case 1 -> turned.setRGB(height - 1 - y, x, row[x]);
          case 2 -> turned.setRGB(width - 1 - x, height - 1 - y, row[x]);
          default -> turned.setRGB(y, width - 1 - x, row[x]);
        }
      }
    }
    return turned;
  }
}
