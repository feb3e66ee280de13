package de.buergerinfo.kiosk;

import de.buergerinfo.kiosk.app.KioskApp;
import de.buergerinfo.kiosk.app.LaunchSettings;
import de.buergerinfo.kiosk.app.SnapshotMode;
import de.buergerinfo.kiosk.central.DataFolders;
import de.buergerinfo.provisioning.cli.CommandLines.UsageException;
import de.buergerinfo.provisioning.cli.VersionProvider;
import de.buergerinfo.provisioning.profile.ProfileException;
import de.buergerinfo.provisioning.profile.ProfileReader;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code bis-kiosk}: starts the terminal, or renders its screens with {@code --snapshot}. */
@Command(
    name = "bis-kiosk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The BIS Kiosk terminal app.",
      "Without a profile it runs the embedded default: central server in-process on 127.0.0.1,"
          + " demo content, simulated devices, in a window."
    })
public final class KioskCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--kiosk", description = "Full screen and locked down, for a real terminal.")
  boolean kioskMode;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Terminal profile: site, central server, languages, devices.")
  Path profileFile;

  @Option(
      names = "--snapshot",
      paramLabel = "DIR",
      description =
          "Render every screen in every language, landscape and portrait, to"
              + " DIR/<screen>_<lang>_<orientation>.png, then exit.")
  Path snapshotFolder;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (default: $XDG_DATA_HOME/bis-kiosk or ~/.local/share/bis-kiosk).")
  Path dataFolder;

  @Option(
      names = "--window",
      paramLabel = "WIDTHxHEIGHT",
      defaultValue = "1280x800",
      converter = WindowSizeConverter.class,
      description = "Window size when not in kiosk mode (default: ${DEFAULT-VALUE}).")
  WindowSize windowSize;

  @Override
  public Integer call() throws IOException, InterruptedException {
    TerminalProfile profile = loadProfile();
    if (snapshotFolder != null) {
      List<Path> files = SnapshotMode.run(profile, snapshotFolder);
      spec.commandLine()
          .getOut()
          .println("wrote " + files.size() + " screenshots to " + snapshotFolder.toAbsolutePath());
      spec.commandLine().getOut().flush();
      return 0;
    }
    Path data = dataFolder != null ? dataFolder : DataFolders.defaultFolder();
    return KioskApp.run(
        profile, new LaunchSettings(kioskMode, windowSize.width(), windowSize.height(), data));
  }

  private TerminalProfile loadProfile() {
    if (profileFile == null) {
      return TerminalProfile.embeddedDefault();
    }
    try {
      return ProfileReader.read(profileFile);
    } catch (ProfileException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** A window size in pixels. */
  record WindowSize(int width, int height) {}

  /** {@code 1280x800}: width and height in pixels, each from 320 to 7680. */
  static final class WindowSizeConverter implements ITypeConverter<WindowSize> {
    private static final Pattern SIZE = Pattern.compile("([0-9]{3,4})[xX]([0-9]{3,4})");

    @Override
    public WindowSize convert(String value) {
      Matcher matcher = SIZE.matcher(value.strip());
      if (matcher.matches()) {
        int width = Integer.parseInt(matcher.group(1));
        int height = Integer.parseInt(matcher.group(2));
        if (width >= 320 && width <= 7680 && height >= 320 && height <= 7680) {
          return new WindowSize(width, height);
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a window size such as 1280x800 (320 to 7680 pixels each way)");
    }
  }
}
