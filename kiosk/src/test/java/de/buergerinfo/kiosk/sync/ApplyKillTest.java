package de.buergerinfo.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.ReceivedContent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * Starts the apply loop and waits for its first applied version. The test's own check may still
   * hold the store for a moment after closing it, so a start that finds it in use is retried.
   */
  private Process startApplyLoop() throws Exception {
    StringBuilder output = new StringBuilder();
    for (int attempt = 0; attempt < 20; attempt++) {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ApplyLoop.class.getName(),
                  folder.toString())
              .redirectErrorStream(true)
              .start();
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

      try (ContentDatabase database = ContentDatabase.open(folder)) {
        Manifest applied = new ReceivedContent(database).appliedManifest();
        List<Service> services = new CatalogStore(database).load().services();
        long version = applied.version();

        assertThat(version).isGreaterThanOrEqualTo(lastSeen);
        if (version > 0) {
          assertThat(applied.objects()).hasSize(ApplyLoop.SERVICES);
          assertThat(services).hasSize(ApplyLoop.SERVICES);
          assertThat(services)
              .allSatisfy(
                  s ->
                      assertThat(s.name().in(Language.GERMAN).orElseThrow())
                          .endsWith(" v" + version));
        } else {
          assertThat(services).isEmpty();
        }
        lastSeen = version;
      }
    }
    assertThat(lastSeen).as("some versions were applied between the kills").isPositive();
  }
}
