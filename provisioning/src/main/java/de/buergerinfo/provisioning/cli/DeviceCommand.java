package de.buergerinfo.provisioning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bis device}: check a terminal's devices from the command line. */
@Command(
    name = "device",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Check what a terminal's devices would do.",
    subcommands = {DeviceDecodeCommand.class})
public final class DeviceCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is missing: decode");
  }
}
