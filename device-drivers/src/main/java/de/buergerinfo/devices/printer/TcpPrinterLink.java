package de.buergerinfo.devices.printer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A printer on the network, usually port 9100 ({@code escpos+tcp://10.0.0.5:9100}). */
public final class TcpPrinterLink implements PrinterLink {

  private final InetSocketAddress address;
  private final Duration timeout;

  public TcpPrinterLink(InetSocketAddress address, Duration timeout) {
    this.address = address;
    this.timeout = timeout;
  }

  @Override
  public String where() {
    return address.getHostString() + ":" + address.getPort();
  }

  @Override
  public PrinterConnection open() throws IOException {
    // A printer named by host name is looked up for each job: its address may change (DHCP).
    InetSocketAddress resolved =
        address.isUnresolved()
            ? new InetSocketAddress(address.getHostString(), address.getPort())
            : address;
    Socket socket = new Socket();
    try {
      socket.connect(resolved, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      return new Connection(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  private static final class Connection implements PrinterConnection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the printer closed the connection");
      }
      return b;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
