package de.buergerinfo.kiosk.devices;

import de.buergerinfo.devices.CardUid;
import de.buergerinfo.devices.cardreader.SimulatedCardReader;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.devices.printer.PrinterStatus;
import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.scanner.SimulatedScanner;
import de.buergerinfo.devices.setup.SelfTest;
import de.buergerinfo.devices.setup.TerminalDevices;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The embedded default's window beside the kiosk: shows each ticket the simulated printer printed
 * as a picture of the paper, and lets a developer or trainer play the other simulated devices (a
 * code scanned, a card put on, the help button, someone arriving, the printer out of paper).
 */
public final class SimulatedDevicesWindow {

  /** Tickets kept on screen; older ones are dropped so a long demo does not fill the memory. */
  static final int MAX_TICKETS = 10;

  private final VBox tickets = new VBox(12);
  private final Parent root;

  private SimulatedDevicesWindow(TerminalDevices devices) {
    tickets.setPadding(new Insets(12));
    tickets.setStyle("-fx-background-color: #d9d9d9;");
    ScrollPane scroll = new ScrollPane(tickets);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(600);
    Label title = new Label("Printed tickets (simulated printer)");
    title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
    VBox box = new VBox(8, title, controls(devices), scroll);
    box.setPadding(new Insets(8));
    this.root = box;
    if (devices.printer() instanceof SimulatedPrinter printer) {
      printer.onPrinted(ticket -> Platform.runLater(() -> show(ticket.picture())));
    }
  }

  /** Opens the window on {@code stage}. Call on the FX thread. */
  public static SimulatedDevicesWindow open(Stage stage, TerminalDevices devices) {
    SimulatedDevicesWindow window = new SimulatedDevicesWindow(devices);
    stage.setScene(new Scene(window.root, 680, 800));
    stage.setTitle("BIS Kiosk – simulated devices");
    stage.show();
    return window;
  }

  /** The window's content, for tests and screenshots. */
  public Parent root() {
    return root;
  }

  /** Puts a printed ticket on top. */
  void show(BufferedImage picture) {
    tickets.getChildren().addFirst(new ImageView(toFx(picture)));
    if (tickets.getChildren().size() > MAX_TICKETS) {
      tickets.getChildren().removeLast();
    }
  }

  private static WritableImage toFx(BufferedImage picture) {
    int width = picture.getWidth();
    int height = picture.getHeight();
    WritableImage image = new WritableImage(width, height);
    int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    return image;
  }

  private static Parent controls(TerminalDevices devices) {
    FlowPane controls = new FlowPane(8, 8);
    if (devices.scanner() instanceof SimulatedScanner scanner) {
      TextField code = new TextField("https://www.service.bremen.de/personalausweis");
      code.setPrefColumnCount(26);
      Button scan = new Button("Scan code");
      scan.setOnAction(e -> scanner.scan(code.getText()));
      controls.getChildren().addAll(code, scan);
    }
    if (devices.cardReader() instanceof SimulatedCardReader reader) {
      Button put = new Button("Put card on");
      put.setOnAction(
          e -> {
            byte[] uid = new byte[7];
            RandomGenerator.getDefault().nextBytes(uid);
            reader.present(Optional.of(new CardUid(HexFormat.of().formatHex(uid))));
          });
      Button take = new Button("Take card off");
      take.setOnAction(e -> reader.remove());
      controls.getChildren().addAll(put, take);
    }
    if (devices.gpio() instanceof SimulatedGpio gpio) {
      Button help = new Button("Help button");
      help.setOnAction(e -> gpio.simulateHelpPressed());
      Button arrive = new Button("Someone arrives");
      arrive.setOnAction(e -> gpio.simulatePresence(true));
      Button leave = new Button("Everyone leaves");
      leave.setOnAction(e -> gpio.simulatePresence(false));
      controls.getChildren().addAll(help, arrive, leave);
    }
    if (devices.printer() instanceof SimulatedPrinter printer) {
      ComboBox<PrinterState> paper = new ComboBox<>();
      paper.getItems().addAll(PrinterState.values());
      paper.setValue(PrinterState.READY);
      paper.setOnAction(e -> printer.script(paper.getValue().status));
      Button print = new Button("Print test ticket");
      // Printing waits for the printer's replies: never on the FX thread.
      print.setOnAction(
          e ->
              Thread.ofVirtual()
                  .name("simulated-test-print")
                  .start(() -> printer.print(SelfTest.testTicket("demo", Instant.now()))));
      controls.getChildren().addAll(new Label("Printer:"), paper, print);
    }
    return controls;
  }

  /** Printer problems a demo can play. */
  private enum PrinterState {
    READY("ready", PrinterStatus.READY),
    PAPER_LOW("paper low", new PrinterStatus(false, false, false, true)),
    PAPER_OUT("paper out", new PrinterStatus(false, false, true, true)),
    COVER_OPEN("cover open", new PrinterStatus(false, true, false, false)),
    OFFLINE("offline", new PrinterStatus(true, false, false, false));

    private final String label;
    private final PrinterStatus status;

    PrinterState(String label, PrinterStatus status) {
      this.label = label;
      this.status = status;
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
