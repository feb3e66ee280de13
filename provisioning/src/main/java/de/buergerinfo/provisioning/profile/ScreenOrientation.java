package de.buergerinfo.provisioning.profile;

/** How the terminal's screen is mounted, with its full-HD size in pixels. */
public enum ScreenOrientation {
  LANDSCAPE("landscape", 1920, 1080),
  PORTRAIT("portrait", 1080, 1920);

  private final String id;
  private final int width;
  private final int height;

  ScreenOrientation(String id, int width, int height) {
    this.id = id;
    this.width = width;
    this.height = height;
  }

  /** The word used in profiles and file names: {@code landscape} or {@code portrait}. */
  public String id() {
    return id;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }
}
