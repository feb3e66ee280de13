package de.buergerinfo.kiosk.scan;

import java.util.List;

/** Where a code scanned at the terminal leads: to services of the catalogue, or nowhere. */
public sealed interface ScanTarget {

  /**
   * The code names these services (usually one; a LeiKa key can be shared by a few).
   *
   * @param serviceIds ids in catalogue order, never empty
   */
  record Services(List<String> serviceIds) implements ScanTarget {
    public Services {
      serviceIds = List.copyOf(serviceIds);
      if (serviceIds.isEmpty()) {
        throw new IllegalArgumentException("a scan target names at least one service");
      }
    }
  }

  /** Anything else: the terminal says kindly that this code is not for it, and opens nothing. */
  record NotForThisTerminal() implements ScanTarget {}
}
