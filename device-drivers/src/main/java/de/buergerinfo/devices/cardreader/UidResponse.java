package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.CardUid;
import java.util.Optional;

/**
 * The PC/SC Part 3 GET DATA command that asks a contactless reader for the card's UID, and the
 * reading of its answer. The answer comes from the reader firmware or, in tests, from a virtual
 * card, so it is checked like any untrusted input.
 */
final class UidResponse {

  /** {@code FF CA 00 00 00}: GET DATA, UID, up to 256 bytes. */
  static final byte[] GET_UID = {(byte) 0xFF, (byte) 0xCA, 0x00, 0x00, 0x00};

  private static final int SW_OK = 0x9000;
  private static final int MIN_UID_BYTES = 4;
  private static final int MAX_UID_BYTES = 10;

  private UidResponse() {}

  /**
   * The UID in a response APDU (data + status word), or empty when the reader cannot tell it
   * ({@code 6A 81}), answered an error, or sent something that is no UID (too short, too long).
   */
  static Optional<CardUid> parse(byte[] response) {
    if (response == null || response.length < 2) {
      return Optional.empty();
    }
    int dataLength = response.length - 2;
    int sw = ((response[dataLength] & 0xFF) << 8) | (response[dataLength + 1] & 0xFF);
    if (sw != SW_OK || dataLength < MIN_UID_BYTES || dataLength > MAX_UID_BYTES) {
      return Optional.empty();
    }
    byte[] uid = new byte[dataLength];
    System.arraycopy(response, 0, uid, 0, dataLength);
    return Optional.of(CardUid.of(uid));
  }

  /** The status word as four hex digits, for logs (it says nothing about the person). */
  static String statusWord(byte[] response) {
    if (response == null || response.length < 2) {
      return "none";
    }
    int n = response.length;
    return String.format("%02x%02x", response[n - 2] & 0xFF, response[n - 1] & 0xFF);
  }
}
