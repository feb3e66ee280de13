package de.buergerinfo.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.provisioning.cli.CommandLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher's options and errors; nothing here opens a window. */
class KioskCommandTest {

  @TempDir Path folder;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CommandLines.create(new KioskCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  @Test
  void versionPrintsTheBuild() {
    Result result = run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("bis-kiosk ");
  }

  @Test
  void aBrokenProfileGivesOneLineWithFileLineAndField() throws IOException {
    Path profile = folder.resolve("terminal.profile");
    Files.writeString(
        profile,
        "terminal.id = zb-01\ndevice.printer = escpos+tcp://10.0.0.5\n",
        StandardCharsets.UTF_8);

    Result result = run("--profile", profile.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains(profile + ":2: field 'device.printer'").contains("host:port");
  }

  @Test
  void aMissingProfileSaysSo() {
    Result result = run("--profile", folder.resolve("nope.profile").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nope.profile: does not exist");
  }

  @Test
  void unknownOptionsAndBadWindowSizesAreUsageErrors() {
    for (String[] args :
        new String[][] {{"--bogus"}, {"--window", "10x10"}, {"--window", "big"}, {"--snapshot"}}) {
      Result result = run(args);

      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err().lines()).as(String.join(" ", args)).hasSize(1);
    }
  }
}
