package de.buergerinfo.provisioning.archfixture;

/** Makes provisioning depend on the kiosk app, on purpose. */
public class ProvisioningUsingKiosk {
  de.buergerinfo.kiosk.KioskMain main;
}
