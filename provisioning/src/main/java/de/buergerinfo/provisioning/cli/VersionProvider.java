package de.buergerinfo.provisioning.cli;

import de.buergerinfo.provisioning.BuildInfo;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints {@code <root command> <version>}, such as {@code bis 0.1.0}. */
public final class VersionProvider implements IVersionProvider {

  @Spec CommandSpec spec;

  @Override
  public String[] getVersion() {
    return new String[] {spec.root().name() + " " + BuildInfo.version()};
  }
}
