package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodesTest {

  private final com.google.zxing.common.BitMatrix matrix = QrCodes.encode("https://example.org");

  @Test
  void theQuietZoneAroundTheCodeIsLight() {
    int scale = 3;
    int quiet = QrCodes.QUIET_ZONE * scale;
    int drawn = (matrix.getWidth() + 2 * QrCodes.QUIET_ZONE) * scale;
    for (int i = 0; i < drawn; i++) {
      assertThat(QrCodes.darkPixel(matrix, scale, i, quiet - 1)).as("above, x=" + i).isFalse();
      assertThat(QrCodes.darkPixel(matrix, scale, quiet - 1, i)).as("left, y=" + i).isFalse();
      assertThat(QrCodes.darkPixel(matrix, scale, i, drawn - quiet)).as("below, x=" + i).isFalse();
      assertThat(QrCodes.darkPixel(matrix, scale, drawn - quiet, i)).as("right, y=" + i).isFalse();
    }
  }

  @Test
  void eachModuleCoversScaleTimesScalePixels() {
    int scale = 4;
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < matrix.getWidth(); mx++) {
        int x = (mx + QrCodes.QUIET_ZONE) * scale;
        int y = (my + QrCodes.QUIET_ZONE) * scale;
        boolean dark = matrix.get(mx, my);
        assertThat(QrCodes.darkPixel(matrix, scale, x, y)).isEqualTo(dark);
        assertThat(QrCodes.darkPixel(matrix, scale, x + scale - 1, y + scale - 1)).isEqualTo(dark);
      }
    }
    // The finder pattern's corner: the first module of the code is dark.
    int corner = QrCodes.QUIET_ZONE * scale;
    assertThat(QrCodes.darkPixel(matrix, scale, corner, corner)).isTrue();
  }
}
