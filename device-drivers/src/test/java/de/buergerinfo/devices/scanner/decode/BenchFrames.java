package de.buergerinfo.devices.scanner.decode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * 640x480 grey camera frames for the benchmarks: drawn ones (a code on paper or on a phone, held at
 * a slant, blurred, noisy, low in contrast; scenes without a code) and, when the shared data is
 * there, ZXing's 640x480 photos (qrcode-1) and its photos without a code (falsepositives-2).
 */
final class BenchFrames {

  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  /** A frame and the text it holds (empty: no code). */
  record Frame(String kind, GreyFrame frame, Optional<String> text) {}

  private BenchFrames() {}

  static List<Frame> drawnWithCode(int count, long seed) {
    Random random = new Random(seed);
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text =
          "https://www.service.bremen.de/termin?c="
              + Long.toString(random.nextLong() & 0xFFFFFFFFFFL, 36);
      boolean phone = i % 2 == 1;
      boolean darkMode = i % 6 == 5;
      int size = 110 + random.nextInt(200);
      BufferedImage scene = scene(random);
      Graphics2D g = scene.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      double angle = Math.toRadians(random.nextGaussian() * 12);
      int cx = WIDTH / 2 + random.nextInt(161) - 80;
      int cy = HEIGHT / 2 + random.nextInt(121) - 60;
      g.setTransform(AffineTransform.getRotateInstance(angle, cx, cy));
      if (phone) {
        g.setColor(new Color(25, 25, 28));
        g.fillRoundRect(cx - size * 6 / 10, cy - size, size * 12 / 10, size * 2, 30, 30);
      }
      BufferedImage code = TestCodes.qr(text, size, size, size);
      if (darkMode) {
        code = invert(code);
      }
      int light = phone ? 235 : 170 + random.nextInt(60);
      int dark = 20 + random.nextInt(60);
      g.drawImage(contrast(code, dark, light), cx - size / 2, cy - size / 2, null);
      g.dispose();
      BufferedImage blurred = blur(scene, random.nextInt(3));
      frames.add(
          new Frame(
              darkMode ? "phone, dark mode" : phone ? "phone" : "paper",
              noisy(blurred, 2 + random.nextInt(8), random),
              Optional.of(text)));
    }
    return frames;
  }

  static List<Frame> drawnWithoutCode(int count, long seed) {
    Random random = new Random(seed);
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BufferedImage scene = scene(random);
      frames.add(new Frame("scene", noisy(blur(scene, 1), 4, random), Optional.empty()));
    }
    return frames;
  }

  /** ZXing's corpus photos in 640x480 frames (centred on grey where smaller), if present. */
  static List<Frame> corpus(String folder) throws Exception {
    String shared = System.getProperty("bis.sharedData");
    if (shared == null) {
      return List.of();
    }
    Path corpus = Path.of(shared, "zxing-blackbox");
    if (!Files.isDirectory(corpus.resolve(folder))) {
      return List.of();
    }
    List<Frame> frames = new ArrayList<>();
    for (BlackboxCorpus.Sample sample : BlackboxCorpus.samples(corpus, folder)) {
      BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = frame.createGraphics();
      g.setColor(Color.GRAY);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.drawImage(
          sample.image(),
          (WIDTH - sample.image().getWidth()) / 2,
          (HEIGHT - sample.image().getHeight()) / 2,
          null);
      g.dispose();
      frames.add(new Frame(folder, Luminance.of(frame), sample.expected()));
    }
    return frames;
  }

  /** A counter, shelves and a wall: gradients and boxes of different greys, with edges. */
  private static BufferedImage scene(Random random) {
    BufferedImage scene = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scene.createGraphics();
    int top = 60 + random.nextInt(120);
    int bottom = 60 + random.nextInt(120);
    for (int y = 0; y < HEIGHT; y++) {
      int grey = top + (bottom - top) * y / HEIGHT;
      g.setColor(new Color(grey, grey, grey));
      g.drawLine(0, y, WIDTH, y);
    }
    for (int box = 0; box < 12; box++) {
      int grey = random.nextInt(256);
      g.setColor(new Color(grey, grey, grey));
      g.fillRect(
          random.nextInt(WIDTH),
          random.nextInt(HEIGHT),
          10 + random.nextInt(200),
          5 + random.nextInt(80));
    }
    // Printed text on a poster: thin dark strokes.
    g.setColor(new Color(30, 30, 30));
    for (int line = 0; line < 6; line++) {
      g.drawString(
          "Bürgerservice Mitte  Öffnungszeiten 8-18",
          20 + random.nextInt(200),
          20 + random.nextInt(HEIGHT - 40));
    }
    g.dispose();
    return scene;
  }

  private static BufferedImage contrast(BufferedImage image, int dark, int light) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int v = image.getRaster().getSample(x, y, 0);
        out.getRaster().setSample(x, y, 0, dark + (light - dark) * v / 255);
      }
    }
    return out;
  }

  private static BufferedImage invert(BufferedImage image) {
    return contrast(image, 255, 0);
  }

  private static BufferedImage blur(BufferedImage image, int radius) {
    if (radius == 0) {
      return image;
    }
    int side = 2 * radius + 1;
    float[] weights = new float[side * side];
    java.util.Arrays.fill(weights, 1f / weights.length);
    return new ConvolveOp(new Kernel(side, side, weights), ConvolveOp.EDGE_NO_OP, null)
        .filter(image, null);
  }

  private static GreyFrame noisy(BufferedImage image, double sigma, Random random) {
    byte[] grey = Luminance.of(image).luminance();
    for (int i = 0; i < grey.length; i++) {
      int v = (grey[i] & 0xFF) + (int) Math.round(random.nextGaussian() * sigma);
      grey[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return new GreyFrame(grey, WIDTH, HEIGHT);
  }
}
