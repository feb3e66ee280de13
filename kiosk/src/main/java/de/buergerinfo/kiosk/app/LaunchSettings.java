package de.buergerinfo.kiosk.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the app was started.
 *
 * @param kioskMode full screen and locked down ({@code --kiosk})
 * @param windowWidth window width when not in kiosk mode
 * @param windowHeight window height when not in kiosk mode
 * @param dataFolder where the terminal (and an embedded central server) keeps its data
 */
public record LaunchSettings(
    boolean kioskMode, int windowWidth, int windowHeight, Path dataFolder) {

  public LaunchSettings {
    Objects.requireNonNull(dataFolder, "dataFolder");
  }
}
