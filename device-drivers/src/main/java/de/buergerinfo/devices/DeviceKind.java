package de.buergerinfo.devices;

import java.util.Set;

/** The kinds of device a terminal can have, with the address schemes each accepts. */
public enum DeviceKind {
  PRINTER("printer", Set.of("escpos+tcp", "escpos+serial", "escpos+file")),
  CARD_READER("card reader", Set.of("pcsc")),
  SCANNER("code scanner", Set.of("hid", "serial", "camera", "keyboard")),
  GPIO("GPIO", Set.of("gpio"));

  private final String displayName;
  private final Set<String> hardwareSchemes;

  DeviceKind(String displayName, Set<String> hardwareSchemes) {
    this.displayName = displayName;
    this.hardwareSchemes = hardwareSchemes;
  }

  /** A name a librarian or IT person understands, for messages and the fleet page. */
  public String displayName() {
    return displayName;
  }

  /**
   * Schemes of real hardware for this kind; {@code sim} and {@code none} are valid for every kind.
   */
  public Set<String> hardwareSchemes() {
    return hardwareSchemes;
  }
}
