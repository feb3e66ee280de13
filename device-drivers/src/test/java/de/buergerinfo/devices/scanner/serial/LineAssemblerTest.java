package de.buergerinfo.devices.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.scanner.serial.LineAssembler.Line;
import de.buergerinfo.devices.scanner.serial.LineAssembler.Line.Code;
import de.buergerinfo.devices.scanner.serial.LineAssembler.Line.Discarded;
import de.buergerinfo.devices.scanner.serial.LineAssembler.Why;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Serial bytes to codes: line ends, pauses, limits, charsets and garbage. */
class LineAssemblerTest {

  private static final long MS = 1_000_000L;

  private static LineAssembler assembler(LineTerminator terminator, int maxBytes, Charset charset) {
    return new LineAssembler(
        new LineAssembler.Settings(terminator, maxBytes, Duration.ofMillis(150), charset));
  }

  private static List<Line> feed(LineAssembler assembler, String text, long nanos) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return assembler.feed(bytes, 0, bytes.length, nanos);
  }

  @Test
  void everyTerminatorSettingReadsCrLfCrAndLfAlike() {
    for (LineTerminator terminator :
        List.of(LineTerminator.CR, LineTerminator.LF, LineTerminator.CRLF)) {
      LineAssembler assembler = assembler(terminator, 100, StandardCharsets.UTF_8);
      List<Line> out = feed(assembler, "a\r\nb\rc\n\n\r\rd\r\n", 0);
      assertThat(out)
          .as(terminator.name())
          .containsExactly(new Code("a"), new Code("b"), new Code("c"), new Code("d"));
    }
  }

  @Test
  void aLineSplitOverManyReadsIsOneCode() {
    LineAssembler assembler = assembler(LineTerminator.CRLF, 100, StandardCharsets.UTF_8);
    List<Line> out = new ArrayList<>();
    String line = "0012345678\r\n";
    for (int i = 0; i < line.length(); i++) {
      out.addAll(feed(assembler, line.substring(i, i + 1), i * MS));
    }
    assertThat(out).containsExactly(new Code("0012345678"));
  }

  @Test
  void utf8SplitInsideACharacterIsStillDecoded() {
    LineAssembler assembler = assembler(LineTerminator.CR, 100, StandardCharsets.UTF_8);
    byte[] bytes = "Straße 5\r".getBytes(StandardCharsets.UTF_8);
    List<Line> out = new ArrayList<>(assembler.feed(bytes, 0, 5, 0));
    out.addAll(assembler.feed(bytes, 5, bytes.length - 5, MS));
    assertThat(out).containsExactly(new Code("Straße 5"));
  }

  @Test
  void aConfiguredLatin1ScannerReadsUmlauts() {
    LineAssembler assembler = assembler(LineTerminator.CR, 100, StandardCharsets.ISO_8859_1);
    assertThat(feed(assembler, "Müller\r", 0)).containsExactly(new Code("Müller"));
  }

  @Test
  void invalidUtf8DiscardsItsLineOnly() {
    LineAssembler assembler = assembler(LineTerminator.CRLF, 100, StandardCharsets.UTF_8);
    byte[] bad = {'a', (byte) 0xC3, '(', '\r', '\n', 'o', 'k', '\r', '\n'};
    assertThat(assembler.feed(bad, 0, bad.length, 0))
        .containsExactly(new Discarded(Why.NOT_TEXT, 3), new Code("ok"));
  }

  @Test
  void overlongLinesAreDiscardedWholeAndTheNextIsRead() {
    LineAssembler assembler = assembler(LineTerminator.CRLF, 10, StandardCharsets.UTF_8);
    List<Line> out =
        feed(assembler, "12345678901\r\n1234567890\r\n" + "9".repeat(100_000) + "\r\nok\r\n", 0);
    assertThat(out)
        .containsExactly(
            new Discarded(Why.OVERLONG, 11),
            new Code("1234567890"),
            new Discarded(Why.OVERLONG, 100_000),
            new Code("ok"));
  }

  @Test
  void withoutTerminatorAPauseEndsTheCodeAndAShortGapDoesNot() {
    LineAssembler assembler = assembler(LineTerminator.NONE, 100, StandardCharsets.UTF_8);
    assertThat(feed(assembler, "4711", 0)).isEmpty();
    assertThat(feed(assembler, "0815", 100 * MS)).isEmpty();
    assertThat(assembler.idle(200 * MS)).isEmpty();
    assertThat(assembler.idle(251 * MS)).contains(new Code("47110815"));
    assertThat(assembler.idle(900 * MS)).isEmpty();
    // The next code after a pause, arriving without an idle call in between.
    feed(assembler, "1", 1000 * MS);
    assertThat(feed(assembler, "2", 2000 * MS)).containsExactly(new Code("1"));
  }

  @Test
  void withATerminatorAPauseDiscardsTheHalfCode() {
    LineAssembler assembler = assembler(LineTerminator.CR, 100, StandardCharsets.UTF_8);
    feed(assembler, "00123", 0);
    assertThat(assembler.idle(151 * MS)).contains(new Discarded(Why.INCOMPLETE, 5));
    assertThat(feed(assembler, "0012345678\r", 300 * MS)).containsExactly(new Code("0012345678"));
  }

  @Test
  void randomBytesNeverThrowAndCodesStayWithinTheLimit() {
    Random random = new Random(11);
    LineAssembler assembler = assembler(LineTerminator.CRLF, 64, StandardCharsets.UTF_8);
    for (int round = 0; round < 500; round++) {
      byte[] garbage = new byte[random.nextInt(512)];
      random.nextBytes(garbage);
      for (Line line : assembler.feed(garbage, 0, garbage.length, round * MS)) {
        if (line instanceof Code code) {
          assertThat(code.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
          assertThat(code.text()).doesNotContain("\r", "\n");
        }
      }
    }
  }
}
