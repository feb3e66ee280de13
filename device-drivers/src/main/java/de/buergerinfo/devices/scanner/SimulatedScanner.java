package de.buergerinfo.devices.scanner;

import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The code scanner of the embedded default and of demos: {@link #scan} plays a scan (from a test, a
 * developer menu or a script) and it arrives like a real one, cleaned, with source {@code sim}.
 */
public final class SimulatedScanner implements CodeScanner {

  /** The {@link de.buergerinfo.devices.DeviceEvent.CodeScanned#source()} of this scanner. */
  public static final String SOURCE = "sim";

  private final CodeDelivery delivery;
  private final AtomicBoolean closed = new AtomicBoolean();

  public SimulatedScanner(DeviceEventSink sink) {
    this.delivery = new CodeDelivery(sink, SOURCE);
  }

  /**
   * Scans the text as a real scanner would deliver it; returns whether an event was sent (not when
   * closed, nor when nothing is left after cleaning).
   */
  public boolean scan(String text) {
    if (closed.get() || text == null) {
      return false;
    }
    return delivery.code(text);
  }

  @Override
  public DeviceHealth health() {
    return closed.get()
        ? DeviceHealth.absent("simulated code scanner stopped")
        : DeviceHealth.ok("simulated code scanner");
  }

  @Override
  public void close() {
    closed.set(true);
  }
}
