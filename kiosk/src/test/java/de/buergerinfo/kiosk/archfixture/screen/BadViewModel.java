package de.buergerinfo.kiosk.archfixture.screen;

/** A ViewModel that touches a control, on purpose. */
public class BadViewModel {
  javafx.scene.control.Button button;
}
