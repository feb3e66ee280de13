package de.buergerinfo.kiosk;

import de.buergerinfo.provisioning.cli.CommandLines;
import de.buergerinfo.provisioning.logging.QuietLibraries;

/** Entry point of the terminal app: {@code java -jar bis-kiosk.jar [options]}. */
public final class KioskMain {

  private KioskMain() {}

  public static void main(String[] args) {
    QuietLibraries.apply();
    System.exit(run(args));
  }

  /** Runs the app and returns its exit code: 0 done, 1 failed, 2 wrong usage or profile. */
  public static int run(String... args) {
    return CommandLines.create(new KioskCommand()).execute(args);
  }
}
