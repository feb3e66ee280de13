package de.buergerinfo.devices.scanner.serial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts a serial scanner's bytes into codes. With a terminator set, CR and LF both end a code and
 * empty lines are skipped: scanners differ in what they send, and a wrong setting must not lose
 * codes (so {@code cr}, {@code lf} and {@code crlf} read the same). The setting decides what a
 * pause does: without a terminator it ends the code, with one it discards the half code. Codes
 * longer than the limit are discarded up to the next line end; bytes that are not valid text in the
 * charset discard their line. Not thread-safe: one reader thread feeds it.
 */
public final class LineAssembler {

  /** What some bytes or a pause finished. */
  public sealed interface Line {

    /** A whole code, decoded, not yet cleaned. */
    record Code(String text) implements Line {
      @Override
      public String toString() {
        return "Code[" + text.length() + " chars]";
      }
    }

    /** Bytes thrown away, with why. */
    record Discarded(Why why, int bytes) implements Line {}
  }

  /** Why bytes were thrown away. */
  public enum Why {
    OVERLONG,
    INCOMPLETE,
    NOT_TEXT
  }

  /**
   * How codes are framed.
   *
   * @param terminator what ends a code
   * @param maxBytes the most bytes of one code
   * @param pause a longer silence ends ({@link LineTerminator#NONE}) or discards a half code
   * @param charset how the scanner encodes text (UTF-8 unless configured otherwise)
   */
  public record Settings(LineTerminator terminator, int maxBytes, Duration pause, Charset charset) {
    public Settings {
      Objects.requireNonNull(terminator, "terminator");
      Objects.requireNonNull(charset, "charset");
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
      if (pause.isNegative() || pause.isZero()) {
        throw new IllegalArgumentException("pause must be positive: " + pause);
      }
    }
  }

  private final Settings settings;
  private final long pauseNanos;
  private final byte[] line;
  private int length;
  private int total;
  private boolean overlong;
  private long lastByteNanos;

  public LineAssembler(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pauseNanos = settings.pause().toNanos();
    this.line = new byte[settings.maxBytes()];
  }

  public Settings settings() {
    return settings;
  }

  /** Takes bytes read at {@code nanos} ({@link System#nanoTime()}); returns what they finished. */
  public List<Line> feed(byte[] bytes, int offset, int count, long nanos) {
    Objects.checkFromIndexSize(offset, count, bytes.length);
    List<Line> done = new ArrayList<>();
    if (count == 0) {
      return done;
    }
    idle(nanos).ifPresent(done::add);
    lastByteNanos = nanos;
    for (int i = offset; i < offset + count; i++) {
      byte b = bytes[i];
      if (b == '\r' || b == '\n') {
        finish().ifPresent(done::add);
      } else if (overlong) {
        total++;
      } else if (length == line.length) {
        overlong = true;
        total++;
      } else {
        line[length++] = b;
        total++;
      }
    }
    return done;
  }

  /** No bytes came until {@code nanos}: after the pause, ends or discards a half code. */
  public Optional<Line> idle(long nanos) {
    if (total == 0 || nanos - lastByteNanos <= pauseNanos) {
      return Optional.empty();
    }
    return settings.terminator() == LineTerminator.NONE ? finish() : discard(Why.INCOMPLETE);
  }

  /** Forgets a half code, for a reopened port. */
  public void reset() {
    length = 0;
    total = 0;
    overlong = false;
  }

  private Optional<Line> finish() {
    if (total == 0) {
      return Optional.empty();
    }
    if (overlong) {
      return discard(Why.OVERLONG);
    }
    try {
      String text =
          settings
              .charset()
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(line, 0, length))
              .toString();
      reset();
      return Optional.of(new Line.Code(text));
    } catch (CharacterCodingException e) {
      return discard(Why.NOT_TEXT);
    }
  }

  private Optional<Line> discard(Why why) {
    Line done = new Line.Discarded(overlong ? Why.OVERLONG : why, total);
    reset();
    return Optional.of(done);
  }
}
