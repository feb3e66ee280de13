package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder reads whatever a client sends to the emulator: broken and hostile bytes too. */
class EscPosDecoderTest {

  @Test
  void everyCutShortJobDecodesWithoutFailingAndSaysWhereItBroke() {
    byte[] job =
        new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true)
            .encode(
                Ticket.builder()
                    .heading("Bürgerservice")
                    .text("مرحبا")
                    .qr("https://x.de")
                    .cut()
                    .build());

    for (int end = 0; end < job.length; end++) {
      List<EscPosDecoder.Printed> printed = EscPosDecoder.decode(Arrays.copyOf(job, end));
      assertThat(printed).as("cut at %d", end).isNotNull();
    }
    assertThat(EscPosDecoder.decode(Arrays.copyOf(job, job.length - 2)))
        .last()
        .isInstanceOf(EscPosDecoder.Broken.class);
  }

  @Test
  void aHostileImageHeaderIsRefusedBeforeAnythingIsAllocated() {
    byte[] huge = {0x1D, 'v', '0', 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1, 2, 3};
    byte[] wide = new byte[8 + 9_000 * 2];
    System.arraycopy(new byte[] {0x1D, 'v', '0', 0, 0x28, 0x23, 2, 0}, 0, wide, 0, 8);

    assertThat(EscPosDecoder.decode(huge)).containsExactly(new EscPosDecoder.Broken(8));
    assertThat(EscPosDecoder.decode(wide)).last().isInstanceOf(EscPosDecoder.Broken.class);
  }

  @Test
  void randomBytesNeverBreakTheDecoder() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      byte[] noise = new byte[random.nextInt(300)];
      random.nextBytes(noise);
      assertThat(EscPosDecoder.decode(noise)).isNotNull();
    }
  }
}
