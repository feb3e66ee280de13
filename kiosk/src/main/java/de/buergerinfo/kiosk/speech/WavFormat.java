package de.buergerinfo.kiosk.speech;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The format of a PCM WAV stream, read from its RIFF header. espeak-ng writing to a pipe cannot go
 * back to fill in the lengths, so it writes placeholders; such a stream has no known data length
 * and its data runs to the end of the stream.
 *
 * @param sampleRate samples per second (espeak-ng: 22050)
 * @param channels 1 for mono
 * @param bitsPerSample 16 for espeak-ng
 * @param dataLength bytes of sound data, when the header states it
 */
public record WavFormat(int sampleRate, int channels, int bitsPerSample, OptionalLong dataLength) {

  /** Lengths at or above this are the placeholders of a streamed WAV (espeak-ng: 0x7ffff000). */
  private static final long STREAMED = 0x7fff0000L;

  private static final int PCM = 1;

  public WavFormat {
    if (sampleRate <= 0 || channels <= 0 || bitsPerSample <= 0 || bitsPerSample % 8 != 0) {
      throw new IllegalArgumentException("not a PCM format");
    }
  }

  /** Bytes of sound per second. */
  public int bytesPerSecond() {
    return sampleRate * channels * bitsPerSample / 8;
  }

  /** How long this many data bytes sound, in seconds. */
  public double seconds(long dataBytes) {
    return (double) dataBytes / bytesPerSecond();
  }

  /**
   * Reads the header up to the start of the sound data; the stream is then positioned on the first
   * data byte.
   *
   * @throws IOException when the stream is not a PCM WAV or ends within the header
   */
  public static WavFormat read(InputStream in) throws IOException {
    if (!"RIFF".equals(fourCc(in))) {
      throw new IOException("not a RIFF stream");
    }
    readInt(in);
    if (!"WAVE".equals(fourCc(in))) {
      throw new IOException("not a WAVE stream");
    }
    int sampleRate = 0;
    int channels = 0;
    int bits = 0;
    // A hostile stream could announce endless chunks; a WAV header has a handful.
    for (int chunk = 0; chunk < 16; chunk++) {
      String id = fourCc(in);
      long size = Integer.toUnsignedLong(readInt(in));
      if ("fmt ".equals(id)) {
        if (size < 16 || size > 64) {
          throw new IOException("bad fmt chunk");
        }
        if (readShort(in) != PCM) {
          throw new IOException("not PCM");
        }
        channels = readShort(in);
        sampleRate = readInt(in);
        readInt(in);
        readShort(in);
        bits = readShort(in);
        skip(in, size - 16 + (size & 1));
      } else if ("data".equals(id)) {
        if (sampleRate == 0) {
          throw new IOException("data before fmt");
        }
        try {
          return new WavFormat(
              sampleRate,
              channels,
              bits,
              size >= STREAMED ? OptionalLong.empty() : OptionalLong.of(size));
        } catch (IllegalArgumentException e) {
          throw new IOException("not a PCM format", e);
        }
      } else {
        if (size >= STREAMED) {
          throw new IOException("oversized chunk");
        }
        skip(in, size + (size & 1));
      }
    }
    throw new IOException("no data chunk");
  }

  private static String fourCc(InputStream in) throws IOException {
    return new String(in.readNBytes(4), StandardCharsets.US_ASCII);
  }

  private static int readShort(InputStream in) throws IOException {
    byte[] b = readExactly(in, 2);
    return (b[0] & 0xff) | (b[1] & 0xff) << 8;
  }

  private static int readInt(InputStream in) throws IOException {
    byte[] b = readExactly(in, 4);
    return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
  }

  private static byte[] readExactly(InputStream in, int count) throws IOException {
    byte[] bytes = in.readNBytes(count);
    if (bytes.length < count) {
      throw new EOFException("WAV header ends early");
    }
    return bytes;
  }

  private static void skip(InputStream in, long count) throws IOException {
    in.skipNBytes(count);
  }
}
