package de.buergerinfo.devices;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Two connected pseudo-terminals made by a real {@code socat} process: what is written to one end
 * is read from the other, as on a serial cable. Tests open one end with the driver and play the
 * device on the other.
 */
public final class SerialLinePair implements AutoCloseable {

  private final Process socat;
  private final Path driverEnd;
  private final Path deviceEnd;

  private SerialLinePair(Process socat, Path driverEnd, Path deviceEnd) {
    this.socat = socat;
    this.driverEnd = driverEnd;
    this.deviceEnd = deviceEnd;
  }

  /**
   * Starts socat with links {@code driver} and {@code device} in {@code folder}. Without socat the
   * test is skipped with a message on a developer's machine and fails in CI.
   */
  public static SerialLinePair start(Path folder) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/socat"))) {
      String why = "socat is not installed (apt-get install socat; .ci/run installs it)";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException(why + ", but CI must run the serial line tests");
      }
      Assumptions.assumeTrue(false, why);
    }
    Path driverEnd = folder.resolve("driver");
    Path deviceEnd = folder.resolve("device");
    Process socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + driverEnd, "pty,raw,echo=0,link=" + deviceEnd)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("socat.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(Files.exists(driverEnd) && Files.exists(deviceEnd))) {
      if (!socat.isAlive() || System.nanoTime() > deadline) {
        socat.destroyForcibly();
        throw new IOException(
            "socat made no pseudo-terminals in "
                + folder
                + ": "
                + Files.readString(folder.resolve("socat.log")));
      }
      Thread.sleep(10);
    }
    return new SerialLinePair(socat, driverEnd, deviceEnd);
  }

  /** The end the driver under test opens. */
  public Path driverEnd() {
    return driverEnd;
  }

  /** The end the test plays the device on. */
  public Path deviceEnd() {
    return deviceEnd;
  }

  /** Writes to the device end, as the device would send. */
  public OutputStream deviceOutput() throws IOException {
    return new FileOutputStream(deviceEnd.toFile());
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
