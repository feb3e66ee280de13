package de.buergerinfo.devices.printer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An ESC/POS printer for tests and the demo: answers {@code DLE EOT} status requests from a
 * scripted state and decodes the bytes back into what a printer would print (text lines, images, QR
 * payloads, cuts). It listens on TCP (like port 9100; one connection is one job) or serves one end
 * of a serial line or pseudo-terminal (where jobs are told apart by their cuts).
 */
public final class PrinterEmulator implements AutoCloseable {

  private final AtomicReference<PrinterStatus> status = new AtomicReference<>(PrinterStatus.READY);

  /** How many jobs {@link #jobs()} remembers over TCP, newest last. */
  static final int KEPT_JOBS = 20;

  private final List<List<EscPosDecoder.Printed>> connectionJobs = new ArrayList<>();
  private final List<Consumer<List<EscPosDecoder.Printed>>> listeners =
      new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream streamBytes = new ByteArrayOutputStream();
  private final AutoCloseable resource;
  private final int port;

  private PrinterEmulator(ServerSocket server) {
    this.resource = server;
    this.port = server.getLocalPort();
    Thread.ofVirtual().name("printer-emulator").start(() -> accept(server));
  }

  private PrinterEmulator(FileChannel line) {
    this.resource = line;
    this.port = -1;
    Thread.ofPlatform()
        .daemon()
        .name("printer-emulator-line")
        .start(
            () -> {
              try {
                answer(
                    new BufferedInputStream(Channels.newInputStream(line)),
                    Channels.newOutputStream(line),
                    streamBytes);
              } catch (IOException e) {
                // The line was closed: the emulator stops.
              }
            });
  }

  /** Listens on 127.0.0.1 and a free port. */
  public static PrinterEmulator start() throws IOException {
    return new PrinterEmulator(new ServerSocket(0, 16, InetAddress.getLoopbackAddress()));
  }

  /**
   * Serves the far end of a serial line, for example one side of a {@code socat} pseudo-terminal
   * pair whose other side the printer driver opens.
   */
  public static PrinterEmulator attach(Path line) throws IOException {
    return new PrinterEmulator(
        FileChannel.open(line, StandardOpenOption.READ, StandardOpenOption.WRITE));
  }

  /** The TCP port, or -1 when serving a line. */
  public int port() {
    return port;
  }

  /** From now on, status requests are answered for {@code state}. */
  public void script(PrinterStatus state) {
    status.set(state);
  }

  /** The state status requests are answered for. */
  public PrinterStatus scripted() {
    return status.get();
  }

  /** Called with each TCP job once its connection has ended (not for jobs on a line). */
  public void onJob(Consumer<List<EscPosDecoder.Printed>> listener) {
    listeners.add(listener);
  }

  /**
   * What was printed, one list per job: per TCP connection (status-only connections give empty
   * lists; the newest {@value #KEPT_JOBS} are kept), or on a line split after each cut.
   */
  public List<List<EscPosDecoder.Printed>> jobs() {
    if (port >= 0) {
      synchronized (connectionJobs) {
        return List.copyOf(connectionJobs);
      }
    }
    byte[] bytes;
    synchronized (streamBytes) {
      bytes = streamBytes.toByteArray();
    }
    List<List<EscPosDecoder.Printed>> jobs = new ArrayList<>();
    List<EscPosDecoder.Printed> current = new ArrayList<>();
    for (EscPosDecoder.Printed printed : printedOnly(bytes)) {
      current.add(printed);
      if (printed instanceof EscPosDecoder.Cut) {
        jobs.add(List.copyOf(current));
        current.clear();
      }
    }
    if (!current.isEmpty()) {
      jobs.add(List.copyOf(current));
    }
    return jobs;
  }

  private void accept(ServerSocket server) {
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
    try (socket) {
      answer(new BufferedInputStream(socket.getInputStream()), socket.getOutputStream(), job);
    } catch (IOException e) {
      // The client went away; what arrived is decoded below.
    }
    List<EscPosDecoder.Printed> printed = printedOnly(job.toByteArray());
    synchronized (connectionJobs) {
      connectionJobs.add(printed);
      // The embedded default runs for months: keep only the newest jobs (the status checks each
      // minute and every ticket's decoded pictures would otherwise pile up; the memory harness
      // found about 80 MB after 20 visits).
      while (connectionJobs.size() > KEPT_JOBS) {
        connectionJobs.removeFirst();
      }
    }
    listeners.forEach(listener -> listener.accept(printed));
  }

  /** Records every byte and answers each real-time status request at once, wherever it appears. */
  private void answer(InputStream in, OutputStream out, ByteArrayOutputStream record)
      throws IOException {
    int previous = -1;
    int beforePrevious = -1;
    int b;
    while ((b = in.read()) >= 0) {
      synchronized (record) {
        record.write(b);
      }
      if (beforePrevious == 0x10 && previous == 0x04 && b >= 1 && b <= 4) {
        int[] replies = status.get().replies();
        out.write(b == 1 ? replies[0] : b == 2 ? replies[1] : replies[2]);
        out.flush();
      }
      beforePrevious = previous;
      previous = b;
    }
  }

  private static List<EscPosDecoder.Printed> printedOnly(byte[] bytes) {
    return EscPosDecoder.decode(bytes).stream()
        .filter(p -> !(p instanceof EscPosDecoder.StatusRequest))
        .toList();
  }

  @Override
  public void close() throws Exception {
    resource.close();
  }
}
