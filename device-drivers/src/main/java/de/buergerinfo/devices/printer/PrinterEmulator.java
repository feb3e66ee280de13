package de.buergerinfo.devices.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An ESC/POS printer on TCP (like port 9100) for tests and the demo: answers {@code DLE EOT} status
 * requests from a scripted state and decodes each connection's bytes back into what a printer would
 * print (text lines, images, QR payloads, cuts).
 */
public final class PrinterEmulator implements AutoCloseable {

  private final ServerSocket server;
  private final AtomicReference<PrinterStatus> status = new AtomicReference<>(PrinterStatus.READY);
  private final List<List<EscPosDecoder.Printed>> jobs = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private PrinterEmulator(ServerSocket server) {
    this.server = server;
    this.acceptor = Thread.ofVirtual().name("printer-emulator").start(this::accept);
  }

  /** Listens on 127.0.0.1 and a free port. */
  public static PrinterEmulator start() throws IOException {
    return new PrinterEmulator(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
  }

  public int port() {
    return server.getLocalPort();
  }

  /** From now on, status requests are answered for {@code state}. */
  public void script(PrinterStatus state) {
    status.set(state);
  }

  /** What each connection printed (status-only connections included, usually empty). */
  public List<List<EscPosDecoder.Printed>> jobs() {
    return List.copyOf(jobs);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread.ofVirtual().start(() -> serve(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    ByteArrayOutputStream job = new ByteArrayOutputStream();
    try (socket;
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      int previous = -1;
      int beforePrevious = -1;
      int b;
      while ((b = in.read()) >= 0) {
        job.write(b);
        // A real-time command is answered at once, wherever it appears.
        if (beforePrevious == 0x10 && previous == 0x04 && b >= 1 && b <= 4) {
          int[] replies = status.get().replies();
          out.write(b == 1 ? replies[0] : b == 2 ? replies[1] : replies[2]);
          out.flush();
        }
        beforePrevious = previous;
        previous = b;
      }
    } catch (IOException e) {
      // The client went away; what arrived is decoded below.
    }
    jobs.add(
        EscPosDecoder.decode(job.toByteArray()).stream()
            .filter(p -> !(p instanceof EscPosDecoder.StatusRequest))
            .toList());
  }

  @Override
  public void close() throws IOException {
    server.close();
    acceptor.interrupt();
  }
}
