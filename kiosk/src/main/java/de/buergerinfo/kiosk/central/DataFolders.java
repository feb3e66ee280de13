package de.buergerinfo.kiosk.central;

import java.nio.file.Path;

/** Where the terminal keeps its data when no folder is given: the user's XDG data folder. */
public final class DataFolders {

  private DataFolders() {}

  /** {@code $XDG_DATA_HOME/bis-kiosk}, or {@code ~/.local/share/bis-kiosk}. */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("bis-kiosk");
  }
}
