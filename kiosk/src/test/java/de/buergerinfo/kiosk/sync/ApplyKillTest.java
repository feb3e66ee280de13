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

  @Test
  void aKillMidApplyLeavesTheOldOrTheNewVersionNeverAMix() throws Exception {
    Random random = new Random(20261130);
    long lastSeen = 0;
    for (int kill = 0; kill < 6; kill++) {
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
      // Wait for one applied version, then kill at a random moment of the next ones.
      while ((line = out.readLine()) != null && !line.startsWith("applied")) {
        // the store opens, the first version is written
      }
      assertThat(line).as("the apply loop applied a version").startsWith("applied");
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
