package de.buergerinfo.provisioning.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bis content}: import catalogues, search them, and measure search quality. */
@Command(
    name = "content",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Import and publish catalogues, search them, measure search quality.",
    subcommands = {
      ContentImportCommand.class,
      ContentPublishCommand.class,
      ContentSearchCommand.class,
      ContentEvalCommand.class
    })
public final class ContentCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "a command is missing: import, search or eval");
  }
}
