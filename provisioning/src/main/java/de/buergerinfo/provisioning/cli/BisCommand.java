package de.buergerinfo.provisioning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bis}: the command line for IT to run the central server and provision terminals. */
@Command(
    name = "bis",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "BIS Kiosk command line: run the central server, provision terminals.",
    subcommands = {
      CentralCommand.class,
      ContentCommand.class,
      DeviceCommand.class,
      SelftestCommand.class
    })
public final class BisCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is missing, such as 'central'");
  }
}
