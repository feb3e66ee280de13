package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class PrinterEmulatorTest {

  @Test
  void remembersOnlyTheNewestJobsSoAMonthOfStatusChecksDoesNotPileUp() throws Exception {
    try (PrinterEmulator emulator = PrinterEmulator.start()) {
      int connections = PrinterEmulator.KEPT_JOBS + 5;
      for (int i = 0; i < connections; i++) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
          socket.getOutputStream().write(("job " + i + "\n").getBytes());
        }
      }
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (!lastJobIs(emulator, "job " + (connections - 1)) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }

      assertThat(emulator.jobs()).hasSize(PrinterEmulator.KEPT_JOBS);
      assertThat(emulator.jobs().getLast().toString()).contains("job " + (connections - 1));
    }
  }

  private static boolean lastJobIs(PrinterEmulator emulator, String text) {
    var jobs = emulator.jobs();
    return !jobs.isEmpty() && jobs.getLast().toString().contains(text);
  }
}
