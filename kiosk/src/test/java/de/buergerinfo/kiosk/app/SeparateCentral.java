package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.bundle.ManifestKeys;
import de.buergerinfo.kiosk.central.EmbeddedCentral;
import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo central server in a process of its own, as a real terminal has it (on another machine):
 * for {@link SessionMemoryHarness}, so that the kiosk's resident memory is measured without the
 * server's. The child prints its address and signing key on one line and stops when its standard
 * input closes, so it never outlives the harness.
 */
final class SeparateCentral implements AutoCloseable {

  private final Process process;
  private final URI baseUri;
  private final String publicKey;

  private SeparateCentral(Process process, URI baseUri, String publicKey) {
    this.process = process;
    this.baseUri = baseUri;
    this.publicKey = publicKey;
  }

  /** Starts the child JVM with this JVM's class path and waits for its address. */
  static SeparateCentral start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:+UseSerialGC", "-Xmx128m", "-cp"));
    command.add(System.getProperty("java.class.path"));
    command.add(SeparateCentral.class.getName());
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("central ")) {
        String[] parts = line.split(" ");
        return new SeparateCentral(process, URI.create(parts[1]), parts[2]);
      }
    }
    process.destroy();
    throw new IOException("the separate central server ended before it printed its address");
  }

  /** A terminal profile like the embedded default, but using this server. */
  TerminalProfile terminalProfile() {
    TerminalProfile demo = TerminalProfile.embeddedDefault();
    return new TerminalProfile(
        demo.terminalId(),
        demo.site(),
        Optional.of(baseUri),
        List.of(ManifestKeys.publicKey(publicKey)),
        demo.languages(),
        demo.defaultLanguage(),
        demo.orientation(),
        demo.idleTimeout(),
        demo.contentPollInterval(),
        demo.devices());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** The child: serves the demo content until standard input closes. */
  public static void main(String[] args) throws Exception {
    Path data = Files.createTempDirectory("bis-central");
    try (CentralServer central = EmbeddedCentral.start(data)) {
      System.out.println(
          "central "
              + central.baseUri()
              + " "
              + ManifestKeys.publicKeyText(central.signingKey().publicKey()));
      System.out.flush();
      while (System.in.read() != -1) {
        // Nothing is sent; the harness closing the pipe (or dying) ends the server.
      }
    }
  }
}
