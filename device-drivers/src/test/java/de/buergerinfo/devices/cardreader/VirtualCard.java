package de.buergerinfo.devices.cardreader;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A contactless card on vsmartcard's vpcd reader, spoken in vpcd's protocol: the card is a TCP
 * client of the reader (connecting = putting the card on it, closing = taking it off); each message
 * is a 2-byte big-endian length and a payload; one-byte payloads are controls ({@code 00} off,
 * {@code 01} on, {@code 02} reset, {@code 04} get ATR, only the last answered), anything else a
 * command APDU answered with a response APDU.
 */
final class VirtualCard implements AutoCloseable {

  /** Reader "Virtual PCD 00 00" of the Debian vpcd configuration. */
  static final int FIRST_READER_PORT = 35963;

  static final String FIRST_READER = "Virtual PCD 00 00";

  /** A MIFARE Classic 1K, as contactless readers report it. */
  static final byte[] ATR = HexFormat.of().parseHex("3b8f8001804f0ca000000306030001000000006a");

  /** How the card answers the reader's GET DATA UID command ({@code FF CA 00 00 00}). */
  enum Behaviour {
    /** UID + {@code 90 00}. */
    ANSWER_UID,
    /** {@code 6A 81}: function not supported, as readers say for cards without a UID. */
    UID_NOT_SUPPORTED,
    /** Closes the connection instead of answering: the card is taken away in the middle. */
    LEAVE_DURING_UID,
    /** Never answers, until the card is taken off. */
    STALL_ON_UID
  }

  private static final byte[] GET_UID = {(byte) 0xFF, (byte) 0xCA, 0, 0, 0};

  private final Socket socket;
  private final byte[] uid;
  private final Behaviour behaviour;
  private final AtomicInteger uidRequests = new AtomicInteger();
  private final CountDownLatch gone = new CountDownLatch(1);

  private VirtualCard(Socket socket, byte[] uid, Behaviour behaviour) {
    this.socket = socket;
    this.uid = uid.clone();
    this.behaviour = behaviour;
    Thread.ofPlatform().daemon().name("virtual-card").start(this::serve);
  }

  /**
   * Puts a card on the reader at {@code port}; retries while vpcd is not listening yet (pcscd just
   * started).
   */
  static VirtualCard insert(int port, byte[] uid, Behaviour behaviour, Duration patience)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        return new VirtualCard(socket, uid, behaviour);
      } catch (IOException e) {
        socket.close();
        if (System.nanoTime() > deadline) {
          throw new IOException("vpcd does not listen on port " + port, e);
        }
        Thread.sleep(100);
      }
    }
  }

  /** How many UID commands the card received. */
  int uidRequests() {
    return uidRequests.get();
  }

  /** Waits until the connection to the reader ended (taken off, or the reader dropped it). */
  boolean awaitGone(Duration timeout) throws InterruptedException {
    return gone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Takes the card off the reader. */
  void remove() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    remove();
  }

  private void serve() {
    try (DataInputStream in = new DataInputStream(socket.getInputStream());
        DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
      while (true) {
        byte[] message = new byte[in.readUnsignedShort()];
        in.readFully(message);
        if (message.length == 1) {
          if (message[0] == 0x04) {
            send(out, ATR);
          }
          continue;
        }
        if (Arrays.equals(message, GET_UID)) {
          uidRequests.incrementAndGet();
          switch (behaviour) {
            case ANSWER_UID -> send(out, withStatus(uid, 0x90, 0x00));
            case UID_NOT_SUPPORTED -> send(out, new byte[] {0x6A, (byte) 0x81});
            case LEAVE_DURING_UID -> {
              return;
            }
            case STALL_ON_UID -> {
              // Read on: the only way out is the reader or the test closing the connection.
              while (in.read() >= 0) {}
              return;
            }
          }
        } else {
          send(out, new byte[] {0x6D, 0x00}); // instruction not supported
        }
      }
    } catch (EOFException e) {
      // the reader closed the connection
    } catch (IOException e) {
      // taken off
    } finally {
      remove();
      gone.countDown();
    }
  }

  private static byte[] withStatus(byte[] data, int sw1, int sw2) {
    byte[] response = Arrays.copyOf(data, data.length + 2);
    response[data.length] = (byte) sw1;
    response[data.length + 1] = (byte) sw2;
    return response;
  }

  private static void send(DataOutputStream out, byte[] payload) throws IOException {
    out.writeShort(payload.length);
    out.write(payload);
    out.flush();
  }
}
