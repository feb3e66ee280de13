package de.buergerinfo.content.archfixture;

/** Breaks the content module's independence on purpose. */
public class ContentUsingDevices {
  de.buergerinfo.devices.DeviceKind kind;
}
