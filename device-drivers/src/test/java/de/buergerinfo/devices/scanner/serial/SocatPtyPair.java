package de.buergerinfo.devices.scanner.serial;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Two linked pseudo-terminals made by a real socat process: the scanner driver opens {@code
 * ttyScanner}, the test writes what a scanner would send into {@code ttyFeed}.
 */
final class SocatPtyPair implements AutoCloseable {

  private final Path scannerEnd;
  private final Path feedEnd;
  private final Process socat;

  private SocatPtyPair(Path folder, Process socat) {
    this.scannerEnd = folder.resolve("ttyScanner");
    this.feedEnd = folder.resolve("ttyFeed");
    this.socat = socat;
  }

  /** Starts socat and waits until both links exist. */
  static SocatPtyPair start(Path folder) throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/socat")),
        "socat is not installed (apt-get install socat; .ci/run installs it)");
    Process socat =
        new ProcessBuilder(
                "socat",
                "-d",
                "-d",
                "pty,raw,echo=0,link=" + folder.resolve("ttyScanner"),
                "pty,raw,echo=0,link=" + folder.resolve("ttyFeed"))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("socat.log").toFile())
            .start();
    SocatPtyPair pair = new SocatPtyPair(folder, socat);
    for (int i = 0;
        i < 100 && !(Files.exists(pair.scannerEnd) && Files.exists(pair.feedEnd));
        i++) {
      if (!socat.isAlive()) {
        throw new IOException("socat ended: " + Files.readString(folder.resolve("socat.log")));
      }
      Thread.sleep(20);
    }
    if (!Files.exists(pair.scannerEnd) || !Files.exists(pair.feedEnd)) {
      pair.close();
      throw new IOException("socat made no pty links within 2 s");
    }
    return pair;
  }

  Path scannerEnd() {
    return scannerEnd;
  }

  /** The end a test writes to, as the scanner would. */
  OutputStream feed() throws IOException {
    return new FileOutputStream(feedEnd.toFile());
  }

  /** Ends socat (SIGTERM: it removes its links, as udev removes a by-id link on unplug). */
  @Override
  public void close() {
    socat.destroy();
    try {
      if (!socat.waitFor(5, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      socat.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
