package de.buergerinfo.devices.scanner;

import de.buergerinfo.devices.Device;
import de.buergerinfo.devices.DeviceKind;

/**
 * The kiosk's port to a code scanner (USB HID, serial, camera or simulated). Scanned codes arrive
 * as {@link de.buergerinfo.devices.DeviceEvent.CodeScanned} events at the driver's sink.
 */
public interface CodeScanner extends Device {

  @Override
  default DeviceKind kind() {
    return DeviceKind.SCANNER;
  }
}
