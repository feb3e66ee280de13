package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS ticket printer on any {@link PrinterLink}: asks its status before and after each job,
 * so a job ends as printed, or not printed with the reason (paper out, cover open, offline, not
 * reachable). One job at a time.
 */
public final class EscPosPrinter implements TicketPrinter {

  private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);

  /** Bytes we skip while waiting for a status reply (stray bytes from a printer's buffer). */
  private static final int MAX_STRAY_BYTES = 16;

  private final PrinterLink link;
  private final EscPosEncoder encoder;
  private final DeviceEventSink events;
  private final Clock clock;
  private final ReentrantLock oneJobAtATime = new ReentrantLock();
  private final AtomicReference<DeviceHealth> health;

  public EscPosPrinter(PrinterLink link, EscPosEncoder encoder, DeviceEventSink events) {
    this(link, encoder, events, Clock.systemUTC());
  }

  EscPosPrinter(PrinterLink link, EscPosEncoder encoder, DeviceEventSink events, Clock clock) {
    this.link = link;
    this.encoder = encoder;
    this.events = events;
    this.clock = clock;
    this.health = new AtomicReference<>(DeviceHealth.ok("ticket printer not asked yet"));
  }

  @Override
  public PrintResult print(Ticket ticket) {
    byte[] job = encoder.encode(ticket);
    oneJobAtATime.lock();
    try (PrinterLink.PrinterConnection connection = link.open()) {
      PrinterStatus before = status(connection);
      report(before.health());
      if (!before.canPrint()) {
        return new PrintResult.NotPrinted(before.health().reason());
      }
      connection.write(job);
      PrinterStatus after = status(connection);
      report(after.health());
      if (!after.canPrint()) {
        return new PrintResult.NotPrinted(
            after.health().reason() + " while printing; the ticket may be incomplete");
      }
      LOG.info("ticket printed: {} bytes to {}", job.length, link.where());
      return new PrintResult.Printed();
    } catch (IOException e) {
      return new PrintResult.NotPrinted(failed(e).reason());
    } finally {
      oneJobAtATime.unlock();
    }
  }

  @Override
  public DeviceHealth checkNow() {
    oneJobAtATime.lock();
    try (PrinterLink.PrinterConnection connection = link.open()) {
      report(status(connection).health());
    } catch (IOException e) {
      failed(e);
    } finally {
      oneJobAtATime.unlock();
    }
    return health.get();
  }

  private DeviceHealth failed(IOException e) {
    DeviceHealth failure =
        e instanceof InterruptedIOException
            ? new DeviceHealth(
                DeviceHealth.State.ERROR, "ticket printer does not answer (" + link.where() + ")")
            : new DeviceHealth(
                DeviceHealth.State.ERROR, "ticket printer not reachable (" + link.where() + ")");
    LOG.warn("{}: {}", failure.reason(), e.toString());
    report(failure);
    return failure;
  }

  /** {@code DLE EOT 1, 2, 4}, each sent only after the previous reply arrived. */
  private static PrinterStatus status(PrinterLink.PrinterConnection connection) throws IOException {
    int[] replies = new int[3];
    int[] requests = {1, 2, 4};
    for (int i = 0; i < 3; i++) {
      connection.write(new byte[] {0x10, 0x04, (byte) requests[i]});
      replies[i] = statusByte(connection);
    }
    return PrinterStatus.fromReplies(replies[0], replies[1], replies[2]);
  }

  /** The next byte that has a status reply's fixed bits; other bytes are stray and skipped. */
  private static int statusByte(PrinterLink.PrinterConnection connection) throws IOException {
    for (int i = 0; i <= MAX_STRAY_BYTES; i++) {
      int b = connection.read();
      if (PrinterStatus.isStatusReply(b)) {
        return b;
      }
    }
    throw new IOException("the printer sends bytes that are no status replies");
  }

  private void report(DeviceHealth now) {
    DeviceHealth before = health.getAndSet(now);
    if (!now.equals(before)) {
      events.accept(new DeviceEvent.HealthChanged(DeviceKind.PRINTER, clock.instant(), now));
    }
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }
}
