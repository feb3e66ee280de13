package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PrinterEmulatorTest {

  @Test
  void remembersOnlyTheNewestJobsSoAMonthOfStatusChecksDoesNotPileUp() throws Exception {
    try (PrinterEmulator emulator = PrinterEmulator.start()) {
      var finished = new LinkedBlockingQueue<List<EscPosDecoder.Printed>>();
      emulator.onJob(finished::add);
      int connections = PrinterEmulator.KEPT_JOBS + 5;
      // One connection after the other, as the driver's status checks come: each connection is
      // served on its own thread, so jobs sent back to back could finish in any order.
      for (int i = 0; i < connections; i++) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
          socket.getOutputStream().write(("job " + i + "\n").getBytes());
        }
        assertThat(finished.poll(5, TimeUnit.SECONDS)).as("job %d served", i).isNotNull();
      }

      List<List<EscPosDecoder.Printed>> jobs = emulator.jobs();
      assertThat(jobs).hasSize(PrinterEmulator.KEPT_JOBS);
      assertThat(jobs.getFirst().toString()).contains("job 5");
      assertThat(jobs.getLast().toString()).contains("job " + (connections - 1));
    }
  }
}
