package de.buergerinfo.devices.printer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A USB printer through the Linux printer class driver ({@code escpos+file:/dev/usb/lp0}): jobs are
 * written to the device file and status replies read back from the same file descriptor (the driver
 * allows one open at a time). A read on such a file cannot time out by itself, so a watchdog closes
 * the file when the printer stays silent, which ends the read.
 */
public final class DeviceFilePrinterLink implements PrinterLink {

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("printer-file-watchdog").factory());

  private final Path path;
  private final Duration timeout;

  public DeviceFilePrinterLink(Path path, Duration timeout) {
    this.path = path;
    this.timeout = timeout;
  }

  @Override
  public String where() {
    return path.toString();
  }

  @Override
  public PrinterConnection open() throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    return new Connection(channel, timeout);
  }

  private static final class Connection implements PrinterConnection {
    private final FileChannel channel;
    private final Duration timeout;
    private final ByteBuffer received = ByteBuffer.allocate(64).flip();

    Connection(FileChannel channel, Duration timeout) {
      this.channel = channel;
      this.timeout = timeout;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }

    @Override
    public int read() throws IOException {
      if (!received.hasRemaining()) {
        AtomicBoolean silent = new AtomicBoolean();
        ScheduledFuture<?> watchdog =
            WATCHDOG.schedule(
                () -> {
                  silent.set(true);
                  closeQuietly();
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
          int n = channel.read(received.clear());
          received.flip();
          if (n < 0) {
            throw new EOFException("the printer's device file ended");
          }
        } catch (AsynchronousCloseException e) {
          if (silent.get()) {
            throw new InterruptedIOException("no reply from the printer");
          }
          throw e;
        } finally {
          watchdog.cancel(false);
        }
      }
      return received.get() & 0xFF;
    }

    private void closeQuietly() {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing is all we wanted.
      }
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
