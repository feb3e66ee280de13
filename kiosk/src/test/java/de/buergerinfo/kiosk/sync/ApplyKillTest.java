package de.buergerinfo.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal process killed (SIGKILL) while it applies content restarts on the old or the new
 * version, never a mix: the applied manifest and the stored catalogue always belong together.
 */
class ApplyKillTest {

  @TempDir Path folder;

  /** Checks the store in a process of its own, as a restarting terminal would open it. */
  private String check() throws Exception {
    for (int attempt = 0; attempt < 40; attempt++) {
      Process process = javaProcess("check");
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      for (String line : output.split("\n")) {
        if (line.startsWith("checked ")) {
          return line.strip();
        }
      }
      if (!output.contains("in use")) {
        throw new AssertionError("the check failed:\n" + output);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the store stayed in use after the kill");
  }

  private Process javaProcess(String mode) throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ApplyLoop.class.getName(),
            folder.toString(),
            mode)
        .redirectErrorStream(true)
        .start();
  }

  /**
   * Starts the apply loop and waits for its first applied version. The test's own check may still
   * hold the store for a moment after closing it, so a start that finds it in use is retried.
   */
  private Process startApplyLoop() throws Exception {
    StringBuilder output = new StringBuilder();
    for (int attempt = 0; attempt < 20; attempt++) {
      Process process = javaProcess("apply");
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      output.setLength(0);
      while ((line = out.readLine()) != null && !line.startsWith("applied")) {
        output.append(line).append('\n'); // the store opens, the first version is written
      }
      if (line != null) {
        return process;
      }
      process.waitFor(10, TimeUnit.SECONDS);
      if (!output.toString().contains("in use")) {
        break;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the apply loop applied no version; it said:\n" + output);
  }

  @Test
  void aKillMidApplyLeavesTheOldOrTheNewVersionNeverAMix() throws Exception {
    Random random = new Random(20261130);
    long lastSeen = 0;
    for (int kill = 0; kill < 6; kill++) {
      Process process = startApplyLoop();
      Thread.sleep(random.nextInt(2_000));
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

      String[] checked = check().split(" ");
      long version = Long.parseLong(checked[1]);
      int objects = Integer.parseInt(checked[2]);
      int services = Integer.parseInt(checked[3]);

      assertThat(version).isGreaterThanOrEqualTo(lastSeen);
      if (version > 0) {
        assertThat(objects).isEqualTo(ApplyLoop.SERVICES);
        assertThat(services).isEqualTo(ApplyLoop.SERVICES);
        assertThat(checked[4]).as("every service belongs to version %d", version).isEqualTo("true");
      } else {
        assertThat(services).isZero();
      }
      lastSeen = version;
    }
    assertThat(lastSeen).as("some versions were applied between the kills").isPositive();
  }
}
