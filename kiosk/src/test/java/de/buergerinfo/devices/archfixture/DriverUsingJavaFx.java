package de.buergerinfo.devices.archfixture;

/** Breaks two rules on purpose: a driver that uses JavaFX and the kiosk's session. */
public class DriverUsingJavaFx {
  javafx.scene.paint.Color color;
  de.buergerinfo.kiosk.session.SessionEndReason reason;
}
