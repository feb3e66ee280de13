package de.buergerinfo.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bis-kiosk.jar} as a user would: {@code java -jar ...}. */
class KioskJarIT {

  private static final Path JAR =
      Path.of(System.getProperty("bis.buildDirectory", "target"), "bis-kiosk.jar");
  private static final Path JAVA =
      Path.of(System.getProperty("bis.javaHome", System.getProperty("java.home")), "bin", "java");

  @TempDir Path folder;

  private Process start(List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
  }

  private String stderr() throws IOException {
    return Files.readString(folder.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }

  private String stdout() throws IOException {
    return Files.readString(folder.resolve("stdout.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void snapshotWritesEveryScreenInEveryLanguageAndOrientation() throws Exception {
    Path shots = folder.resolve("shots");
    Process process = start(List.of(), "--snapshot", shots.toString());

    assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(process.exitValue()).as(stderr()).isZero();
    List<String> expected = new ArrayList<>();
    for (ScreenId screen : ScreenId.values()) {
      for (Language language : Language.values()) {
        expected.add(screen.fileName() + "_" + language.tag() + "_landscape.png");
        expected.add(screen.fileName() + "_" + language.tag() + "_portrait.png");
      }
    }
    List<String> written;
    try (Stream<Path> files = Files.list(shots)) {
      written = files.map(f -> f.getFileName().toString()).toList();
    }
    // Every screen in every language and orientation, plus scenarios (results-none, ...) and the
    // large-text and high-contrast variants of some.
    assertThat(written).containsAll(expected);
    assertThat(written).anyMatch(name -> name.endsWith("_large.png"));
    assertThat(written).anyMatch(name -> name.endsWith("_contrast.png"));
    assertThat(written)
        .allMatch(
            name ->
                name.matches("[a-z-]+_[a-zA-Z-]+_(landscape|portrait)(_large|_contrast)?\\.png"));
    BufferedImage landscape = ImageIO.read(shots.resolve("home_de-x-easy_landscape.png").toFile());
    BufferedImage portrait = ImageIO.read(shots.resolve("attract_ar_portrait.png").toFile());
    assertThat(landscape.getWidth()).isEqualTo(1920);
    assertThat(landscape.getHeight()).isEqualTo(1080);
    assertThat(portrait.getWidth()).isEqualTo(1080);
    assertThat(portrait.getHeight()).isEqualTo(1920);
    assertThat(stdout()).contains("wrote " + written.size() + " screenshots");
  }

  @Test
  void theEmbeddedDefaultStartsServesContentAndStopsCleanlyOnSigterm() throws Exception {
    // Headless: no display here. Window within the Headless platform's 1000x1000 limit.
    Process process =
        start(
            List.of("-Dglass.platform=Headless", "-Dprism.order=sw"),
            "--data",
            folder.resolve("data").toString(),
            "--window",
            "960x600");
    try {
      waitFor(
          () -> stderr().contains("kiosk window open") && stderr().contains("content version 1"),
          process);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(stderr())
        .contains("central server listening on 127.0.0.1:")
        .contains("terminal demo stopped")
        .contains("content database closed");
  }

  @Test
  void aBadProfileIsAOneLineUsageError() throws Exception {
    Path profile = folder.resolve("bad.profile");
    Files.writeString(profile, "terminal.id = Bad Id\n");
    Process process = start(List.of(), "--profile", profile.toString());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(stderr().lines().toList())
        .singleElement()
        .asString()
        .contains("bad.profile:1: field 'terminal.id'");
  }

  /** A condition that reads files. */
  @FunctionalInterface
  private interface Check {
    boolean holds() throws IOException;
  }

  private void waitFor(Check check, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!check.holds()) {
      if (!process.isAlive()) {
        throw new AssertionError("the kiosk ended early:\n" + stderr());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the kiosk did not get ready in 120 s:\n" + stderr());
      }
      Thread.sleep(200);
    }
  }
}
