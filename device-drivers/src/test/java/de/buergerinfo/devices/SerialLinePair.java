package de.buergerinfo.devices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

  /** Starts socat with links {@code driver} and {@code device} in {@code folder}. */
  public static SerialLinePair start(Path folder) throws IOException, InterruptedException {
    Path driverEnd = folder.resolve("driver");
    Path deviceEnd = folder.resolve("device");
    Process socat =
        new ProcessBuilder(
                "socat", "pty,raw,echo=0,link=" + driverEnd, "pty,raw,echo=0,link=" + deviceEnd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(Files.exists(driverEnd) && Files.exists(deviceEnd))) {
      if (!socat.isAlive() || System.nanoTime() > deadline) {
        socat.destroyForcibly();
        throw new IOException("socat did not create the pseudo-terminals in " + folder);
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

  /** Ends socat: both ends disappear, as when a cable is pulled. */
  @Override
  public void close() throws InterruptedException {
    socat.destroy();
    if (!socat.waitFor(5, TimeUnit.SECONDS)) {
      socat.destroyForcibly().waitFor();
    }
  }
}
