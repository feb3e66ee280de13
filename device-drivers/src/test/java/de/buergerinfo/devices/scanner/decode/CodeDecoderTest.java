package de.buergerinfo.devices.scanner.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import de.buergerinfo.devices.scanner.decode.CodeDecoder.Effort;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The decode strategy on codes we draw ourselves and on pictures without any code. */
class CodeDecoderTest {

  private final CodeDecoder decoder = new CodeDecoder();

  private static GreyFrame frame(BufferedImage image) {
    return Luminance.of(image);
  }

  private static BufferedImage inverted(BufferedImage image) {
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        out.getRaster().setSample(x, y, 0, 255 - image.getRaster().getSample(x, y, 0));
      }
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Effort.class)
  void decodesAQrCodeInACameraFrame(Effort effort) {
    String text = "https://www.service.bremen.de/dienstleistungen/wohngeld?lang=tr#ücret";
    GreyFrame frame = frame(TestCodes.qr(text, 640, 480, 200));

    Decoded decoded = decoder.decode(frame, effort).orElseThrow();

    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.raw()).isEqualTo(text);
    assertThat(decoded.format()).isEqualTo(CodeFormat.QR_CODE);
    assertThat(decoded.toString()).doesNotContain("bremen").contains(text.length() + " chars");
  }

  @Test
  void removesControlCharactersButKeepsTheRawTextForDiagnosis() {
    String raw = "A-042\u0000\u001b[2J\u202eevil\r\n";
    Decoded decoded = decoder.decode(frame(TestCodes.qr(raw, 640, 480, 240))).orElseThrow();

    assertThat(decoded.text()).isEqualTo("A-042[2Jevil");
    assertThat(decoded.raw()).isEqualTo(raw);
  }

  @Test
  void aCodeOfOnlyControlCharactersAndSpacesIsNoCode() {
    GreyFrame frame = frame(TestCodes.qr("\u0007\u0000 \t\u001b", 640, 480, 200));

    assertThat(decoder.decode(frame, Effort.IMAGE)).isEmpty();
  }

  @Test
  void decodesALightCodeOnADarkScreen() {
    BufferedImage dark = inverted(TestCodes.qr("TERMIN-2026-0815", 480, 480, 300));

    assertThat(decoder.decode(dark)).map(Decoded::text).hasValue("TERMIN-2026-0815");
  }

  @Test
  void decodesDataMatrixInBothColourings() throws Exception {
    BitMatrix matrix = new DataMatrixWriter().encode("0123456789", BarcodeFormat.DATA_MATRIX, 0, 0);
    BufferedImage code = scaledWithMargin(matrix, 8);

    assertThat(decoder.decode(code)).map(Decoded::format).hasValue(CodeFormat.DATA_MATRIX);
    assertThat(decoder.decode(inverted(code))).map(Decoded::text).hasValue("0123456789");
  }

  @Test
  void ignoresOneDimensionalBarcodes() throws Exception {
    BufferedImage code128 =
        MatrixToImageWriter.toBufferedImage(
            new Code128Writer().encode("BIS-123456", BarcodeFormat.CODE_128, 400, 120));
    BufferedImage ean13 =
        MatrixToImageWriter.toBufferedImage(
            new EAN13Writer().encode("4006381333931", BarcodeFormat.EAN_13, 400, 120));

    assertThat(decoder.decode(code128)).isEmpty();
    assertThat(decoder.decode(ean13)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Effort.class)
  void findsNothingInFramesWithoutACode(Effort effort) {
    Random random = new Random(42);
    byte[] noise = new byte[640 * 480];
    random.nextBytes(noise);
    byte[] white = new byte[640 * 480];
    Arrays.fill(white, (byte) 255);
    byte[] gradient = new byte[640 * 480];
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = (byte) (i % 640 * 255 / 639);
    }
    byte[] stripes = new byte[640 * 480];
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = (byte) ((i % 640) / 7 % 2 == 0 ? 20 : 230);
    }

    for (byte[] picture : new byte[][] {noise, white, new byte[640 * 480], gradient, stripes}) {
      assertThat(decoder.decode(new GreyFrame(picture, 640, 480), effort)).isEmpty();
    }
  }

  @Test
  void tinyAndOddlyShapedFramesGiveNothingAndNeverThrow() {
    assertThat(decoder.decode(new GreyFrame(new byte[1], 1, 1), Effort.IMAGE)).isEmpty();
    assertThat(decoder.decode(new GreyFrame(new byte[4000], 4000, 1), Effort.IMAGE)).isEmpty();
    assertThat(decoder.decode(new GreyFrame(new byte[4000], 1, 4000), Effort.IMAGE)).isEmpty();
    assertThat(decoder.decode(new GreyFrame(new byte[3 * 300], 3, 300), Effort.IMAGE)).isEmpty();
  }

  @Test
  void refusesFramesWhoseSizeDoesNotFitTheirBytes() {
    assertThatThrownBy(() -> new GreyFrame(new byte[10], 4, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 16 bytes");
    assertThatThrownBy(() -> new GreyFrame(new byte[10], 0, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreyFrame(new byte[10], -4, -4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreyFrame(null, 4, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreyFrame(new byte[10], 100_000, 100_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("40000000");
  }

  private static BufferedImage scaledWithMargin(BitMatrix matrix, int scale) {
    int margin = 4 * scale;
    int width = matrix.getWidth() * scale + 2 * margin;
    int height = matrix.getHeight() * scale + 2 * margin;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int mx = (x - margin) / scale;
        int my = (y - margin) / scale;
        boolean black =
            x >= margin
                && y >= margin
                && mx < matrix.getWidth()
                && my < matrix.getHeight()
                && matrix.get(mx, my);
        image.getRaster().setSample(x, y, 0, black ? 0 : 255);
      }
    }
    return image;
  }
}
