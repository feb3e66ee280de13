package de.buergerinfo.provisioning.cli;

import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.setup.SelfTest;
import de.buergerinfo.provisioning.profile.ProfileException;
import de.buergerinfo.provisioning.profile.ProfileReader;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bis selftest}: checks each device of a terminal and prints a report. */
@Command(
    name = "selftest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check each configured device: printer status and a test ticket, card readers and a card"
          + " if one is put on, the scanner listening for codes, the status light blinking.",
      "Without --profile, checks the embedded default's simulated devices.",
      "Exit code 0 when no device failed, 1 when one did."
    })
public final class SelftestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Terminal profile whose devices to check.")
  Path profile;

  @Option(
      names = "--listen",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "How long the scanner listens for codes, 0 to 60 (default: ${DEFAULT-VALUE}).")
  int listenSeconds;

  @Option(
      names = "--card-wait",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description =
          "How long to wait for a card on the reader, 0 to 60 (default: ${DEFAULT-VALUE}).")
  int cardWaitSeconds;

  @Override
  public Integer call() throws Exception {
    if (listenSeconds < 0 || listenSeconds > 60) {
      throw new CommandLines.UsageException("--listen must be between 0 and 60 seconds");
    }
    if (cardWaitSeconds < 0 || cardWaitSeconds > 60) {
      throw new CommandLines.UsageException("--card-wait must be between 0 and 60 seconds");
    }
    DeviceSetup setup = DeviceSetup.allSimulated();
    String terminal = "embedded default";
    if (profile != null) {
      TerminalProfile read;
      try {
        read = ProfileReader.read(profile);
      } catch (ProfileException e) {
        throw new CommandLines.UsageException(e.getMessage());
      }
      setup = read.devices();
      terminal = read.terminalId();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Self-test of " + terminal + ":");
    out.flush();
    SelfTest.Report report =
        new SelfTest(Clock.systemUTC())
            .run(
                setup,
                terminal,
                new SelfTest.Waits(
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(cardWaitSeconds),
                    Duration.ofSeconds(listenSeconds)));
    for (SelfTest.Check check : report.checks()) {
      out.printf(
          "%-8s %-13s %s: %s%n",
          check.verdict().name().toLowerCase(Locale.ROOT),
          check.device().displayName(),
          check.address(),
          check.detail());
    }
    out.println(report.failed() ? "FAILED: a device does not work" : "all devices work");
    out.flush();
    return report.failed() ? CommandLines.FAILED : 0;
  }
}
