package de.buergerinfo.devices.printer;

import java.io.IOException;

/**
 * How bytes reach a printer and its status replies come back: TCP, a serial port or a Linux {@code
 * usb/lp} device file. Every link is two-way, because a job is only known to be printed when the
 * printer says so.
 */
public interface PrinterLink {

  /** Where the printer is, for a librarian's message: "10.0.0.5:9100", "/dev/usb/lp0". */
  String where();

  /** Opens a connection for one job or status check. */
  PrinterConnection open() throws IOException;

  /** One open connection to a printer. */
  interface PrinterConnection extends AutoCloseable {

    void write(byte[] bytes) throws IOException;

    /**
     * The next byte from the printer.
     *
     * @throws java.io.InterruptedIOException when the printer sends nothing within the link's
     *     timeout
     * @throws IOException when the link broke or the printer closed it
     */
    int read() throws IOException;

    @Override
    void close() throws IOException;
  }
}
