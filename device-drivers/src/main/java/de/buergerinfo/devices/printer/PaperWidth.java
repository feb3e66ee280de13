package de.buergerinfo.devices.printer;

/**
 * Paper of a ticket printer: characters per line in font A and printable dots (203 dpi).
 *
 * @param columns characters per line in the normal font
 * @param dots printable width in dots, for raster images
 */
public enum PaperWidth {
  MM58(32, 384),
  MM80(48, 576);

  private final int columns;
  private final int dots;

  PaperWidth(int columns, int dots) {
    this.columns = columns;
    this.dots = dots;
  }

  public int columns() {
    return columns;
  }

  public int dots() {
    return dots;
  }
}
