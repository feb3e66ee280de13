package de.buergerinfo.devices.scanner.keyboard;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.scanner.CodeDelivery;
import de.buergerinfo.devices.scanner.CodeScanner;
import de.buergerinfo.devices.scanner.ScannedText;
import de.buergerinfo.devices.scanner.ScannerOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A scanner that types into the screen as a keyboard ({@code keyboard:*}), for terminals where the
 * scanner's input device cannot be read directly. The kiosk's key filter tells its scans from
 * typing with a {@link KeyboardWedgeDetector} built from {@link #settings()} and hands each scan to
 * {@link #deliver}; this class only turns them into events. Prefer {@code hid:}: it takes the
 * device for itself, so no scan can ever reach a text field.
 */
public final class KeyboardScanner implements CodeScanner {

  /** The {@link de.buergerinfo.devices.DeviceEvent.CodeScanned#source()} of this scanner. */
  public static final String SOURCE = "keyboard";

  private static final Set<String> OPTIONS =
      Set.of("terminator", "minLength", "gap", "germanLayout");

  private final KeyboardWedgeDetector.Settings settings;
  private final CodeDelivery delivery;
  private final AtomicBoolean closed = new AtomicBoolean();

  public KeyboardScanner(KeyboardWedgeDetector.Settings settings, DeviceEventSink sink) {
    this.settings = settings;
    this.delivery = new CodeDelivery(sink, SOURCE);
  }

  /**
   * Reads {@code keyboard:*?terminator=enter|tab|none&minLength=6&gap=40&germanLayout=false}.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  public static KeyboardWedgeDetector.Settings settings(DeviceAddress address) {
    var options = address.parameters();
    ScannerOptions.requireKnown(options, OPTIONS, "keyboard scanner");
    String terminatorName = options.getOrDefault("terminator", "enter");
    KeyboardWedgeDetector.Terminator terminator =
        switch (terminatorName) {
          case "enter", "tab", "none" ->
              KeyboardWedgeDetector.Terminator.valueOf(terminatorName.toUpperCase(Locale.ROOT));
          default ->
              throw new IllegalArgumentException(
                  "terminator=" + terminatorName + " is not enter, tab or none");
        };
    int minLength = ScannerOptions.number(options, "minLength", 6, 2, 100);
    int gap = ScannerOptions.number(options, "gap", 40, 5, 200);
    boolean germanLayout =
        switch (options.getOrDefault("germanLayout", "false")) {
          case "true" -> true;
          case "false" -> false;
          default ->
              throw new IllegalArgumentException(
                  "germanLayout=" + options.get("germanLayout") + " is not true or false");
        };
    return new KeyboardWedgeDetector.Settings(
        terminator, minLength, Duration.ofMillis(gap), ScannedText.MAX_LENGTH, germanLayout);
  }

  /** How the kiosk's detector tells scans from typing. */
  public KeyboardWedgeDetector.Settings settings() {
    return settings;
  }

  /** A scan the kiosk's detector found; returns whether an event was sent. */
  public boolean deliver(String code) {
    return !closed.get() && delivery.code(code);
  }

  @Override
  public DeviceHealth health() {
    return closed.get()
        ? DeviceHealth.absent("keyboard code scanner stopped")
        : DeviceHealth.ok("code scanner types as a keyboard (scans told apart by timing)");
  }

  @Override
  public void close() {
    closed.set(true);
  }
}
