package de.buergerinfo.devices.printer;

/** How a print job ended: printed, or not printed with the reason. */
public sealed interface PrintResult {

  /** On paper. */
  record Printed() implements PrintResult {}

  /** Not (or not completely) on paper; {@code reason} is for the citizen's screen and the log. */
  record NotPrinted(String reason) implements PrintResult {}
}
