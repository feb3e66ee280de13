package de.buergerinfo.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.provisioning.BuildInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code bis} command line in-process: exit codes and one-line errors. */
class BisCommandTest {

  @TempDir Path folder;

  private record Result(int exitCode, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CommandLines.create(new BisCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  private static void assertUsageError(Result result, String message) {
    assertThat(result.exitCode()).isEqualTo(CommandLines.USAGE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains(message);
  }

  @Test
  void versionAndHelp() {
    Result version = run("--version");
    Result help = run("--help");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).isEqualTo("bis " + BuildInfo.version());
    assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("central");
  }

  @Test
  void selftestOfTheEmbeddedDefaultReportsEverySimulatedDeviceHealthy() {
    Result result = run("selftest", "--listen", "0", "--card-wait", "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().filter(line -> line.startsWith("passed "))).hasSize(4);
    assertThat(result.out())
        .contains("test ticket printed and decoded by the emulator")
        .contains("card read (UID of 7 bytes)")
        .endsWith("all devices work" + System.lineSeparator());
  }

  @Test
  void selftestFailsForAPrinterWithoutPaperAndSkipsWhatIsNotConfigured() throws Exception {
    try (var emulator = de.buergerinfo.devices.printer.PrinterEmulator.start()) {
      emulator.script(new de.buergerinfo.devices.printer.PrinterStatus(false, false, true, true));
      Path profile = folder.resolve("terminal.properties");
      Files.writeString(
          profile,
          "terminal.id = zb-01\ndevice.printer = escpos+tcp://127.0.0.1:" + emulator.port() + "\n");

      Result result = run("selftest", "--profile", profile.toString(), "--listen", "0");

      assertThat(result.exitCode()).isEqualTo(CommandLines.FAILED);
      assertThat(result.out())
          .contains("Self-test of zb-01:")
          .contains(
              "failed   printer       escpos+tcp://127.0.0.1:"
                  + emulator.port()
                  + ": ticket printer: paper out")
          .contains("skipped  card reader   none: not configured")
          .contains("FAILED: a device does not work");
    }
  }

  @Test
  void selftestRefusesBadValuesAndBrokenProfiles() throws Exception {
    assertUsageError(run("selftest", "--listen", "61"), "--listen must be between 0 and 60");
    Path profile = folder.resolve("broken.properties");
    Files.writeString(
        profile, "terminal.id = a\ndevice.printer = escpos+tcp://10.0.0.5:9100?paper=60\n");
    assertUsageError(
        run("selftest", "--profile", profile.toString()), "paper=60 is not a paper width");
  }

  @Test
  void noCommandIsAUsageError() {
    assertUsageError(run(), "a command is missing");
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    assertUsageError(run("--bogus"), "Unknown option: '--bogus'");
    assertUsageError(run("central", "--bogus", "--data", folder.toString()), "--bogus");
  }

  @Test
  void badPortsAreUsageErrorsNamingTheOption() {
    for (String port : new String[] {"70000", "abc", "-1", ""}) {
      assertUsageError(run("central", "--port", port, "--data", folder.toString()), "--port");
    }
  }

  @Test
  void theDataFolderIsRequiredAndMustBeAFolder() throws Exception {
    Path file = Files.writeString(folder.resolve("file.txt"), "x");

    assertUsageError(run("central"), "Missing required option: '--data=DIR'");
    assertUsageError(run("central", "--data", file.toString()), "is a file, not a folder");
  }

  @Test
  void aPortInUseFailsWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Result result =
          run(
              "central",
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--data",
              folder.toString());

      assertThat(result.exitCode()).isEqualTo(CommandLines.FAILED);
      assertThat(result.err().lines()).hasSize(1);
      assertThat(result.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void multiLineMessagesAreFoldedIntoOne() {
    assertThat(CommandLines.singleLine("first\n  second\r\nthird "))
        .isEqualTo("first second third");
  }
}
