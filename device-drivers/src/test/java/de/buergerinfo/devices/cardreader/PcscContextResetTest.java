package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The renewal of the JDK's PC/SC context: available with the JVM option (the build passes it, as
 * the kiosk must), and failing soft with a clear health reason without it.
 */
class PcscContextResetTest {

  @Test
  void withTheJvmOptionTheContextCanBeRenewed() {
    PcscContextReset reset = PcscContextReset.probe();

    assertThat(reset.unavailableBecause()).isEmpty();
    assertThat(reset.available()).isTrue();
    // Renewing before any context exists is harmless: the next factory makes one.
    assertThat(reset.reset()).isTrue();
  }

  @Test
  void withoutTheJvmOptionAPcscdRestartAsksForAKioskRestart() throws Exception {
    Pcscd pcscd = Pcscd.get();
    pcscd.ensureRunning();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                WithoutOpensMain.class.getName())
            .redirectErrorStream(true)
            .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> all = new ArrayList<>();
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (var in =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (Exception e) {
                lines.add("READ FAILED " + e);
              }
            });
    try {
      awaitLine(
          lines,
          all,
          "PROBE the JVM option --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED"
              + " is missing");
      awaitLine(lines, all, "HEALTH OK card reader ready (2 readers)");

      pcscd.restart();

      awaitLine(
          lines,
          all,
          "HEALTH ERROR card service was restarted; restart the kiosk to use the card reader");
    } finally {
      child.getOutputStream().close();
      if (!child.waitFor(10, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    assertThat(all).noneMatch(line -> line.startsWith("HEALTH ERROR card reader fault"));
  }

  private static void awaitLine(BlockingQueue<String> lines, List<String> all, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      all.add(line);
      if (line.equals(expected)) {
        return;
      }
    }
    fail("the driver without the JVM option never printed '%s'; it printed: %s", expected, all);
  }
}
