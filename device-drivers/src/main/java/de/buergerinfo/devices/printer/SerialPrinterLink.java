package de.buergerinfo.devices.printer;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A printer on a serial port ({@code escpos+serial:/dev/ttyUSB0?baud=38400&flow=rtscts}), 8 data
 * bits, no parity, one stop bit. Opened by path: jSerialComm's port list misses symlinks such as
 * {@code /dev/serial/by-id/...}, but opening them by path works.
 */
public final class SerialPrinterLink implements PrinterLink {

  private final String path;
  private final int baud;
  private final boolean hardwareFlowControl;
  private final Duration timeout;

  public SerialPrinterLink(String path, int baud, boolean hardwareFlowControl, Duration timeout) {
    if (baud < 1200 || baud > 921_600) {
      throw new IllegalArgumentException("baud=" + baud + " is not between 1200 and 921600");
    }
    this.path = path;
    this.baud = baud;
    this.hardwareFlowControl = hardwareFlowControl;
    this.timeout = timeout;
  }

  @Override
  public String where() {
    return path;
  }

  @Override
  public PrinterConnection open() throws IOException {
    SerialPort port;
    try {
      port = SerialPort.getCommPort(path);
    } catch (SerialPortInvalidPortException e) {
      // jSerialComm says so with an unchecked exception when the device file is missing.
      throw new IOException(path + " does not exist", e);
    }
    port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(
        hardwareFlowControl
            ? SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED
            : SerialPort.FLOW_CONTROL_DISABLED);
    int millis = (int) timeout.toMillis();
    port.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, millis, millis);
    if (!port.openPort()) {
      throw new IOException("cannot open " + path + " (error " + port.getLastErrorCode() + ")");
    }
    return new Connection(port, path);
  }

  private record Connection(SerialPort port, String path) implements PrinterConnection {

    @Override
    public void write(byte[] bytes) throws IOException {
      int written = 0;
      while (written < bytes.length) {
        int n = port.writeBytes(bytes, bytes.length - written, written);
        if (n < 0) {
          throw new IOException(path + " refused the data (error " + port.getLastErrorCode() + ")");
        }
        if (n == 0) {
          throw new InterruptedIOException("the printer on " + path + " takes no more data");
        }
        written += n;
      }
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = port.readBytes(one, 1);
      if (n < 0) {
        throw new IOException(path + " is gone (error " + port.getLastErrorCode() + ")");
      }
      if (n == 0) {
        throw new InterruptedIOException("no reply on " + path);
      }
      return one[0] & 0xFF;
    }

    @Override
    public void close() {
      port.closePort();
    }
  }
}
