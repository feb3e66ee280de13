package de.buergerinfo.devices.printer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Encoding time and size of an 80 mm ticket with a QR code and an Arabic line, with native and with
 * raster QR: median and p90 of {@code RUNS} encodings after warm-up, on the calling thread. Run by
 * {@code ./mvnw -Pbench -pl device-drivers -DskipTests verify}.
 */
public final class TicketEncodingBenchmark {

  private static final int WARMUP = 300;
  private static final int RUNS = 1_000;

  private TicketEncodingBenchmark() {}

  static Ticket ticket() {
    return Ticket.builder()
        .heading("Bürgerservice Mitte")
        .bigNumber("A 042")
        .text("Bitte bringen Sie mit: Personalausweis, biometrisches Passfoto, Meldebescheinigung.")
        .text("أحضر معك بطاقة الهوية والصورة")
        .row("Gebühr", "46,00 €")
        .separator()
        .qr("https://www.service.bremen.de/dienstleistungen/personalausweis-beantragen")
        .cut()
        .build();
  }

  public static void main(String[] args) {
    for (boolean nativeQr : new boolean[] {true, false}) {
      EscPosEncoder encoder = new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, nativeQr);
      Ticket ticket = ticket();
      int size = 0;
      for (int i = 0; i < WARMUP; i++) {
        size = encoder.encode(ticket).length;
      }
      long[] nanos = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        size = encoder.encode(ticket).length;
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "ticket 80 mm, %s QR, Arabic line as raster: %d bytes, encode median %.2f ms, p90 %.2f ms%n",
          nativeQr ? "native" : "raster",
          size,
          nanos[RUNS / 2] / 1e6,
          nanos[RUNS * 9 / 10] / 1e6);
    }
  }
}
