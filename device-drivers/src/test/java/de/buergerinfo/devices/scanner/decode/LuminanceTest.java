package de.buergerinfo.devices.scanner.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our luminance against ZXing's Java SE one, which the corpus numbers were measured with. */
class LuminanceTest {

  @Test
  void colourPicturesGiveTheSameGreyAsZxingsJavaSeSource() {
    Random random = new Random(7);
    for (int type :
        new int[] {
          BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR
        }) {
      BufferedImage image = new BufferedImage(37, 23, type);
      for (int y = 0; y < 23; y++) {
        for (int x = 0; x < 37; x++) {
          image.setRGB(x, y, random.nextInt());
        }
      }

      byte[] ours = Luminance.of(image).luminance();
      byte[] zxing = new BufferedImageLuminanceSource(image).getMatrix();

      assertThat(ours).as("image type %d", type).isEqualTo(zxing);
    }
  }

  @Test
  void greyPicturesKeepTheirValuesAndTransparentPixelsAreWhite() {
    BufferedImage grey = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSamples(0, 0, 3, 1, 0, new int[] {0, 77, 200});
    BufferedImage clear = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
    clear.setRGB(0, 0, 0x00000000);
    clear.setRGB(1, 0, 0xFF000000);

    assertThat(Luminance.of(grey).luminance()).containsExactly(0, 77, (byte) 200);
    assertThat(Luminance.of(clear).luminance()).containsExactly((byte) 255, 0);
  }

  @Test
  void halvingAveragesAndDoublingKeepsFlatAreasFlat() {
    GreyFrame frame = new GreyFrame(new byte[] {0, 100, 50, 50, 100, (byte) 200, 50, 51}, 4, 2);
    GreyFrame half = Rescale.half(frame);
    GreyFrame twice = Rescale.twice(new GreyFrame(new byte[] {90, 90, 90, 90, 90, 90}, 3, 2));
    GreyFrame edge = Rescale.twice(new GreyFrame(new byte[] {0, (byte) 200}, 2, 1));

    assertThat(half.width()).isEqualTo(2);
    assertThat(half.height()).isEqualTo(1);
    assertThat(half.luminance()).containsExactly(100, 50);
    assertThat(twice.width()).isEqualTo(6);
    assertThat(twice.height()).isEqualTo(4);
    assertThat(twice.luminance()).containsOnly(90);
    // 0 and 200 become 0, 50, 150, 200 on both rows: the doubled pixels' centres, interpolated.
    assertThat(edge.luminance())
        .containsExactly(0, 50, (byte) 150, (byte) 200, 0, 50, (byte) 150, (byte) 200);
  }
}
