package de.buergerinfo.provisioning.cli;

import de.buergerinfo.provisioning.logging.QuietLibraries;

/** Entry point of the {@code bis} command line: {@code java -jar bis.jar ...}. */
public final class Bis {

  private Bis() {}

  public static void main(String[] args) {
    QuietLibraries.apply();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 wrong usage. */
  public static int run(String... args) {
    return CommandLines.create(new BisCommand()).execute(args);
  }
}
