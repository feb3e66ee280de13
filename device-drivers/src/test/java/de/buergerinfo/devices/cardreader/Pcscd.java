package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * The real pcscd with vsmartcard's vpcd reader, for the driver tests. Starts {@code pcscd
 * --foreground} itself when none runs (CI has no systemd), and stops and starts it for the restart
 * tests. pcscd's output goes to {@code target/pcscd.log}.
 *
 * <p>When pcscd or vpcd are not installed, the tests are skipped with a message on a developer
 * machine, but fail in CI (the {@code CI} environment variable is set), where {@code .ci/run}
 * installs them. When they are installed but pcscd cannot be started, the tests fail.
 */
final class Pcscd {

  static final Path PCSCD = Path.of("/usr/sbin/pcscd");
  static final Path VPCD_DRIVER = Path.of("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
  static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");
  static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
  static final Path LOG = Path.of("target", "pcscd.log");

  private static final Duration STARTUP = Duration.ofSeconds(15);
  private static final Duration SHUTDOWN = Duration.ofSeconds(10);
  private static final Pcscd INSTANCE = new Pcscd();

  private Process started;

  private Pcscd() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopOwn, "pcscd-test-harness-shutdown"));
  }

  /** The harness; skips (developer machine) or fails (CI) when pcscd and vpcd are missing. */
  static Pcscd get() {
    boolean installed = Files.isExecutable(PCSCD) && Files.exists(VPCD_DRIVER);
    if (!installed) {
      String why =
          "pcscd and vsmartcard-vpcd are not installed (apt-get install pcscd vsmartcard-vpcd)";
      if (System.getenv("CI") != null) {
        fail(why + ", but CI must run the card reader tests");
      }
      Assumptions.assumeTrue(false, why);
    }
    return INSTANCE;
  }

  /** Makes sure a pcscd with vpcd's readers runs; starts one when none does. */
  synchronized void ensureRunning() throws InterruptedException {
    if (runningPid().isPresent() && vpcdListening()) {
      return;
    }
    start();
  }

  /** Stops pcscd, whoever started it, and waits until it is gone. */
  synchronized void stop() throws InterruptedException {
    Optional<ProcessHandle> pcscd = runningPid().flatMap(ProcessHandle::of);
    if (pcscd.isEmpty()) {
      return;
    }
    ProcessHandle process = pcscd.get();
    process.destroy();
    try {
      process.onExit().get(SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      waitUntil(() -> !process.isAlive(), SHUTDOWN, "pcscd does not end even after SIGKILL");
    }
    // After SIGKILL pcscd leaves its socket and pid file, and a new one would refuse to start.
    deleteQuietly(SOCKET);
    deleteQuietly(PID_FILE);
    waitUntil(() -> !vpcdListening(), SHUTDOWN, "vpcd's port stays open after pcscd ended");
  }

  /** Starts {@code pcscd --foreground} and waits until vpcd's readers accept cards. */
  synchronized void start() throws InterruptedException {
    if (runningPid().isPresent()) {
      fail("pcscd already runs; stop it first");
    }
    stopStrays();
    try {
      Files.createDirectories(LOG.toAbsolutePath().getParent());
      started =
          new ProcessBuilder(PCSCD.toString(), "--foreground")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
              .start();
    } catch (IOException e) {
      fail("cannot start pcscd: " + e.getMessage(), e);
    }
    Process process = started;
    waitUntil(
        () -> process.isAlive() && Files.exists(SOCKET) && vpcdListening(),
        STARTUP,
        "pcscd did not come up with vpcd's readers (are we root? see "
            + LOG.toAbsolutePath()
            + ")");
  }

  /** Stops pcscd and starts it again, as an unattended upgrade does. */
  void restart() throws InterruptedException {
    stop();
    start();
  }

  /**
   * Ends pcscd processes without a pid file, for example one left behind by a test run that was
   * killed; they would hold vpcd's port and the new pcscd would come up without readers.
   */
  private static void stopStrays() throws InterruptedException {
    List<ProcessHandle> strays =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().command().map(c -> c.equals(PCSCD.toString())).orElse(false))
            .toList();
    strays.forEach(ProcessHandle::destroy);
    waitUntil(
        () -> strays.stream().noneMatch(ProcessHandle::isAlive) && !vpcdListening(),
        SHUTDOWN,
        "a pcscd without pid file, or another program, keeps vpcd's port "
            + VirtualCard.FIRST_READER_PORT
            + " open");
  }

  /** The running pcscd's process id, from its pid file, checked against /proc. */
  static Optional<Long> runningPid() {
    try {
      long pid = Long.parseLong(Files.readString(PID_FILE).trim());
      String name = Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim();
      return name.equals("pcscd") ? Optional.of(pid) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether vpcd listens for cards on its first reader's port, read from /proc/net (a probe
   * connection would count as a card put on the reader).
   */
  static boolean vpcdListening() {
    String port = String.format(Locale.ROOT, ":%04X", VirtualCard.FIRST_READER_PORT);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] fields = line.trim().split("\\s+");
          // local_address is field 1, state field 3; 0A = LISTEN
          if (fields.length > 3 && fields[1].endsWith(port) && fields[3].equals("0A")) {
            return true;
          }
        }
      } catch (IOException e) {
        // no IPv6 table, for example
      }
    }
    return false;
  }

  private void stopOwn() {
    Process process = started;
    if (process != null && process.isAlive()) {
      process.destroy();
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a new pcscd reports it
    }
  }

  private interface Condition {
    boolean holds();
  }

  private static void waitUntil(Condition condition, Duration timeout, String failure)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        fail(failure);
      }
      Thread.sleep(50);
    }
  }
}
