package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.Device;
import de.buergerinfo.devices.DeviceKind;
import java.util.List;

/**
 * The kiosk's port to contactless card readers (PC/SC or simulated). Cards and readers arriving and
 * leaving come as {@link de.buergerinfo.devices.DeviceEvent} at the driver's sink.
 */
public interface CardReader extends Device {

  /** The names of the readers connected now (empty when none, or pcscd is not running). */
  List<String> readers();

  @Override
  default DeviceKind kind() {
    return DeviceKind.CARD_READER;
  }
}
