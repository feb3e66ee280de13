package de.buergerinfo.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.provisioning.central.CentralServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code bis.jar} as IT would: {@code java -jar bis.jar ...}. */
class BisJarIT {

  private static final Path JAR =
      Path.of(System.getProperty("bis.buildDirectory", "target"), "bis.jar");
  private static final Path JAVA =
      Path.of(System.getProperty("bis.javaHome", System.getProperty("java.home")), "bin", "java");
  private static final Pattern MANIFEST_URL = Pattern.compile("manifest at (http://\\S+),");

  @TempDir Path folder;

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(folder.resolve("stdout.txt").toFile())
        .redirectError(folder.resolve("stderr.txt").toFile())
        .start();
  }

  private String read(String name) throws IOException {
    return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
  }

  private int finish(Process process) throws InterruptedException {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return process.exitValue();
  }

  @Test
  void printsItsVersion() throws Exception {
    assertThat(finish(start("--version"))).isZero();
    assertThat(read("stdout.txt")).startsWith("bis 0.");
  }

  @Test
  void aBadOptionIsOneLineAndExitCodeTwo() throws Exception {
    assertThat(finish(start("central", "--data", folder.toString(), "--bogus"))).isEqualTo(2);
    assertThat(read("stderr.txt").lines().toList()).singleElement().asString().contains("--bogus");
  }

  @Test
  void centralServesUntilSigtermAndShutsDownCleanly() throws Exception {
    Path data = folder.resolve("data");
    Process process =
        start("central", "--port", "0", "--host", "127.0.0.1", "--data", data.toString());
    try {
      URI manifest = waitForManifestUrl(process);
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(manifest).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(read("stderr.txt"))
        .contains("content database closed")
        .contains("central server stopped");
    // The database was closed properly: another server opens it at once.
    CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, data)).close();
  }

  private URI waitForManifestUrl(Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher matcher = MANIFEST_URL.matcher(read("stdout.txt"));
      if (matcher.find()) {
        return URI.create(matcher.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError("bis central ended early:\n" + read("stderr.txt"));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("bis central did not report its URL:\n" + read("stderr.txt"));
  }
}
