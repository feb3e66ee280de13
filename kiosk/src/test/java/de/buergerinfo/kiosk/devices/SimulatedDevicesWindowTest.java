package de.buergerinfo.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.setup.TerminalDevices;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded default's simulated devices window: printed tickets as pictures, and controls. */
@ExtendWith(JavaFxExtension.class)
class SimulatedDevicesWindowTest {

  @Test
  void eachPrintedTicketAppearsAsAPictureNewestFirst() throws Exception {
    List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    try (TerminalDevices devices = TerminalDevices.open(DeviceSetup.allSimulated(), events::add)) {
      SimulatedDevicesWindow window =
          Fx.call(() -> SimulatedDevicesWindow.open(new Stage(), devices));

      PrintResult first =
          devices.printer().print(Ticket.builder().heading("Erstes Ticket").cut().build());
      PrintResult second =
          devices
              .printer()
              .print(
                  Ticket.builder()
                      .heading("Bürgerservice Mitte")
                      .row("Wartenummer", "A 042")
                      .text("مكتب خدمة المواطنين")
                      .qr("https://www.service.bremen.de")
                      .cut()
                      .build());
      assertThat(first).isEqualTo(new PrintResult.Printed());
      assertThat(second).isEqualTo(new PrintResult.Printed());

      List<ImageView> pictures = pictures(window);
      for (int i = 0; i < 100 && pictures.size() < 2; i++) {
        Thread.sleep(20);
        Fx.waitForIdle();
        pictures = pictures(window);
      }
      assertThat(pictures).hasSize(2);
      // Newest first: the second ticket (with a QR code) is the taller one.
      assertThat(pictures.get(0).getImage().getHeight())
          .isGreaterThan(pictures.get(1).getImage().getHeight());
      Fx.run(
          () -> {
            Scene scene = window.root().getScene();
            Screenshots.write(scene.snapshot(null), "simulated-devices_en_landscape.png");
          });
    }
  }

  private static List<ImageView> pictures(SimulatedDevicesWindow window) {
    return Fx.call(
        () ->
            SceneInspection.visibleNodes(window.root()).stream()
                .filter(ImageView.class::isInstance)
                .map(ImageView.class::cast)
                .toList());
  }

  @Test
  void theControlsPlayTheOtherSimulatedDevices() throws Exception {
    List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    try (TerminalDevices devices = TerminalDevices.open(DeviceSetup.allSimulated(), events::add)) {
      SimulatedDevicesWindow window =
          Fx.call(() -> SimulatedDevicesWindow.open(new Stage(), devices));
      Fx.run(
          () -> {
            for (String text :
                List.of("Scan code", "Put card on", "Help button", "Print test ticket")) {
              SceneInspection.visibleNodes(window.root()).stream()
                  .filter(
                      node ->
                          node instanceof javafx.scene.control.Button button
                              && button.getText().equals(text))
                  .map(javafx.scene.control.Button.class::cast)
                  .findFirst()
                  .orElseThrow()
                  .fire();
            }
          });

      assertThat(events).anyMatch(DeviceEvent.CodeScanned.class::isInstance);
      assertThat(events).anyMatch(DeviceEvent.CardPresented.class::isInstance);
      assertThat(events).anyMatch(DeviceEvent.HelpPressed.class::isInstance);
      for (int i = 0; i < 100 && pictures(window).isEmpty(); i++) {
        Thread.sleep(20);
        Fx.waitForIdle();
      }
      assertThat(pictures(window)).as("the test ticket, printed").hasSize(1);
    }
  }
}
