package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.DeviceHealth;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An ESC/POS printer on TCP ({@code escpos+tcp://host:9100}): asks its status before and after each
 * job, so a job ends as printed, or not printed with the reason (paper out, cover open, offline,
 * not reachable).
 */
public final class EscPosTcpPrinter implements TicketPrinter {

  private final InetSocketAddress address;
  private final EscPosEncoder encoder;
  private final Duration timeout;
  private final AtomicReference<DeviceHealth> health =
      new AtomicReference<>(DeviceHealth.ok("ticket printer not asked yet"));

  public EscPosTcpPrinter(InetSocketAddress address, EscPosEncoder encoder, Duration timeout) {
    this.address = address;
    this.encoder = encoder;
    this.timeout = timeout;
  }

  @Override
  public PrintResult print(Ticket ticket) {
    byte[] job = encoder.encode(ticket);
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      PrinterStatus before = status(in, out);
      health.set(before.health());
      if (!before.canPrint()) {
        return new PrintResult.NotPrinted(before.health().reason());
      }
      out.write(job);
      out.flush();
      PrinterStatus after = status(in, out);
      health.set(after.health());
      if (!after.canPrint()) {
        return new PrintResult.NotPrinted(
            after.health().reason() + " while printing; the ticket may be incomplete");
      }
      return new PrintResult.Printed();
    } catch (SocketTimeoutException e) {
      health.set(new DeviceHealth(DeviceHealth.State.ERROR, "ticket printer does not answer"));
      return new PrintResult.NotPrinted("ticket printer does not answer");
    } catch (IOException | IllegalArgumentException e) {
      health.set(new DeviceHealth(DeviceHealth.State.ERROR, "ticket printer not reachable"));
      return new PrintResult.NotPrinted("ticket printer not reachable: " + e.getMessage());
    }
  }

  /** {@code DLE EOT 1, 2, 4}, each sent only after the previous reply arrived. */
  private static PrinterStatus status(InputStream in, OutputStream out) throws IOException {
    int[] replies = new int[3];
    int[] requests = {1, 2, 4};
    for (int i = 0; i < 3; i++) {
      out.write(new byte[] {0x10, 0x04, (byte) requests[i]});
      out.flush();
      int reply = in.read();
      if (reply < 0) {
        throw new IOException("the printer closed the connection");
      }
      replies[i] = reply;
    }
    return PrinterStatus.fromReplies(replies[0], replies[1], replies[2]);
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }
}
