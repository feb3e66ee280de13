package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the encoder sends, read back by the decoder as a printer would print it. */
class EscPosEncoderTest {

  private static List<EscPosDecoder.Printed> printed(EscPosEncoder encoder, Ticket ticket) {
    return EscPosDecoder.decode(encoder.encode(ticket));
  }

  private static List<String> texts(List<EscPosDecoder.Printed> printed) {
    return printed.stream()
        .filter(p -> p instanceof EscPosDecoder.TextLine)
        .map(p -> ((EscPosDecoder.TextLine) p).text())
        .toList();
  }

  @Test
  void germanTextWithUmlautsAndEuroComesOutInCodePage858() {
    Ticket ticket =
        Ticket.builder()
            .heading("Bürgerservice")
            .bigNumber("A 042")
            .text("Bitte bringen Sie Ihren Personalausweis und ein biometrisches Passfoto mit.")
            .row("Gebühr", "46,00 €")
            .separator()
            .cut()
            .build();

    List<EscPosDecoder.Printed> printed =
        printed(new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true), ticket);

    assertThat(texts(printed))
        .contains("Bürgerservice", "A 042")
        .contains("Gebühr" + " ".repeat(48 - 6 - 7) + "46,00 €")
        .contains("-".repeat(48));
    assertThat(texts(printed)).allMatch(line -> line.length() <= 48);
    assertThat(printed.getLast()).isInstanceOf(EscPosDecoder.Cut.class);
    assertThat(printed)
        .filteredOn(p -> p instanceof EscPosDecoder.TextLine t && t.text().equals("Bürgerservice"))
        .first()
        .isEqualTo(new EscPosDecoder.TextLine("Bürgerservice", true, 1, 1));
  }

  @Test
  void turkishAndCyrillicUseTheirCodePagesAndFiftyEightMillimetresWrapAtThirtyTwo() {
    List<EscPosDecoder.Printed> turkish =
        printed(
            new EscPosEncoder(PaperWidth.MM58, CodePage.CP857, true),
            Ticket.builder().text("Kimlik kartı başvurusu için fotoğraf getirin").build());
    List<EscPosDecoder.Printed> russian =
        printed(
            new EscPosEncoder(PaperWidth.MM58, CodePage.CP866, true),
            Ticket.builder().text("Удостоверение личности: возьмите фото").build());

    assertThat(String.join(" ", texts(turkish)))
        .isEqualTo("Kimlik kartı başvurusu için fotoğraf getirin");
    assertThat(texts(turkish)).allMatch(line -> line.length() <= 32);
    assertThat(String.join(" ", texts(russian))).isEqualTo("Удостоверение личности: возьмите фото");
  }

  @Test
  void arabicIsPrintedAsAnImageAlignedToTheRight() {
    List<EscPosDecoder.Printed> printed =
        printed(
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            Ticket.builder().text("مرحبا").text("Hallo").build());

    assertThat(printed.getFirst()).isInstanceOf(EscPosDecoder.Image.class);
    BufferedImage image = ((EscPosDecoder.Image) printed.getFirst()).image();
    assertThat(image.getWidth()).isEqualTo(576);
    int[] ink = inkColumns(image);
    assertThat(ink[0]).as("ink starts right of the middle").isGreaterThan(288);
    assertThat(texts(printed)).containsExactly("Hallo");
  }

  @Test
  void arabicAndPersianLinesComeOutAsImagesInTheOrderWritten() {
    List<EscPosDecoder.Printed> printed =
        printed(
            new EscPosEncoder(PrinterProfile.generic()),
            Ticket.builder()
                .text("مرحبا")
                .text("Termin")
                .text("مكتب خدمة المواطنين في مدينة بريمن")
                // (the decoder joins images that follow each other, so a text line between)
                .text("Ende")
                .text("دفتر خدمات شهروندی")
                .build());

    assertThat(printed).hasSize(5);
    assertThat(printed.get(1)).isEqualTo(new EscPosDecoder.TextLine("Termin", false, 0, 1));
    int shortWidth = inkWidth(((EscPosDecoder.Image) printed.get(0)).image());
    int longWidth = inkWidth(((EscPosDecoder.Image) printed.get(2)).image());
    assertThat(printed.get(3)).isEqualTo(new EscPosDecoder.TextLine("Ende", false, 0, 1));
    int persianWidth = inkWidth(((EscPosDecoder.Image) printed.get(4)).image());
    assertThat(shortWidth).as("the short greeting first").isLessThan(longWidth / 3);
    assertThat(persianWidth).isBetween(shortWidth, longWidth);
    for (int i : new int[] {0, 2, 4}) {
      BufferedImage image = ((EscPosDecoder.Image) printed.get(i)).image();
      assertThat(inkColumns(image)[1]).as("line %d ends at the right edge", i).isGreaterThan(560);
    }
  }

  private static int inkWidth(BufferedImage image) {
    int[] columns = inkColumns(image);
    return columns[1] - columns[0];
  }

  private static int[] inkColumns(BufferedImage image) {
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
          if (first < 0) {
            first = x;
          }
          last = x;
          break;
        }
      }
    }
    return new int[] {first, last};
  }

  @Test
  void aQrCodeIsSentNativeOrAsARasterThatScans() throws Exception {
    String url = "https://www.service.bremen.de/personalausweis";
    List<EscPosDecoder.Printed> nativeQr =
        printed(
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            Ticket.builder().qr(url).build());
    List<EscPosDecoder.Printed> rasterQr =
        printed(
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, false),
            Ticket.builder().qr(url).build());

    assertThat(nativeQr).contains(new EscPosDecoder.Qr(url));
    BufferedImage image =
        rasterQr.stream()
            .filter(p -> p instanceof EscPosDecoder.Image)
            .map(p -> ((EscPosDecoder.Image) p).image())
            .findFirst()
            .orElseThrow();
    assertThat(QrScan.decode(image)).contains(url);
  }

  @Test
  void eachLineUsesACodePageOfTheProfileThatHoldsIt() {
    PrinterProfile epson =
        PrinterProfile.fromOptions(java.util.Map.of("profile", "epson-tm-t20iii"));
    byte[] job =
        new EscPosEncoder(epson)
            .encode(
                Ticket.builder()
                    .text("Gebühr: 37,00 €")
                    .text("Kimlik kartı için başvuru")
                    .text("Удостоверение личности")
                    .text("Ende")
                    .build());

    assertThat(texts(EscPosDecoder.decode(job)))
        .containsExactly(
            "Gebühr: 37,00 €", "Kimlik kartı için başvuru", "Удостоверение личности", "Ende");
    assertThat(EscPosDecoder.decode(job)).noneMatch(p -> p instanceof EscPosDecoder.Image);
  }

  @Test
  void aPrinterWithOnlyTheGermanCodePagePrintsOtherScriptsAsImages() {
    byte[] job =
        new EscPosEncoder(PrinterProfile.generic())
            .encode(Ticket.builder().text("Gebühr").text("Удостоверение").build());

    List<EscPosDecoder.Printed> printed = EscPosDecoder.decode(job);
    assertThat(texts(printed)).containsExactly("Gebühr");
    assertThat(printed).filteredOn(p -> p instanceof EscPosDecoder.Image).hasSize(1);
  }

  @Test
  void controlCharactersInATextNeverReachThePrinterAsCommands() {
    // ESC @ would reset the printer, DLE EOT would make it answer inside our job, GS V cut.
    byte[] job =
        new EscPosEncoder(PrinterProfile.generic())
            .encode(Ticket.builder().text("Name\u001B@\u0010\u0004\u0001\u001DV\u0000X").build());

    assertThat(texts(EscPosDecoder.decode(job))).containsExactly("Name@VX");
    assertThat(EscPosDecoder.decode(job))
        .noneMatch(p -> p instanceof EscPosDecoder.StatusRequest || p instanceof EscPosDecoder.Cut);
  }

  @Test
  void aQrPayloadHoldingARealTimeCommandIsDrawnNotSent() {
    String payload = "A\u0010\u0004\u0001B";
    byte[] job =
        new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true)
            .encode(Ticket.builder().qr(payload).build());

    List<EscPosDecoder.Printed> printed = EscPosDecoder.decode(job);
    assertThat(printed).noneMatch(p -> p instanceof EscPosDecoder.StatusRequest);
    assertThat(printed).noneMatch(p -> p instanceof EscPosDecoder.Qr);
    assertThat(printed).filteredOn(p -> p instanceof EscPosDecoder.Image).hasSize(1);
  }

  @Test
  void profileOptionsAreCheckedWithClearMessages() {
    assertThat(PrinterProfile.fromOptions(java.util.Map.of("paper", "58", "qr", "native")))
        .isEqualTo(
            new PrinterProfile("generic-80", PaperWidth.MM58, List.of(CodePage.CP858), true));
    assertThat(PrinterProfile.fromOptions(java.util.Map.of("codepages", "cp866,CP858")).codePages())
        .containsExactly(CodePage.CP866, CodePage.CP858);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrinterProfile.fromOptions(java.util.Map.of("profile", "star-tsp100")))
        .hasMessageContaining("unknown printer profile 'star-tsp100'")
        .hasMessageContaining("epson-tm-t20iii");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrinterProfile.fromOptions(java.util.Map.of("paper", "57")))
        .hasMessage("paper=57 is not a paper width; write 58 or 80");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrinterProfile.fromOptions(java.util.Map.of("codepages", "cp437")))
        .hasMessageContaining("unknown code page 'cp437'");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrinterProfile.fromOptions(java.util.Map.of("codepages", "cp858,cp858")))
        .hasMessage("codepages names cp858 twice");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PrinterProfile.fromOptions(java.util.Map.of("colour", "red")))
        .hasMessageStartingWith("unknown printer option 'colour'");
  }

  @Test
  void aBarcodeIsPrintedNativeAndAWideImageIsScaledToThePaper() {
    BufferedImage logo = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
    var g = logo.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 1200, 300);
    g.setColor(java.awt.Color.BLACK);
    g.fillRect(0, 0, 600, 300);
    g.dispose();

    List<EscPosDecoder.Printed> printed =
        printed(
            new EscPosEncoder(PaperWidth.MM58, CodePage.CP858, true),
            Ticket.builder().barcode("BRE-2026-000417").image(logo).build());

    assertThat(printed).contains(new EscPosDecoder.Barcode("BRE-2026-000417"));
    BufferedImage image =
        printed.stream()
            .filter(p -> p instanceof EscPosDecoder.Image)
            .map(p -> ((EscPosDecoder.Image) p).image())
            .findFirst()
            .orElseThrow();
    assertThat(image.getWidth()).isEqualTo(384);
    assertThat(image.getHeight()).isEqualTo(96);
    assertThat(image.getRGB(10, 10) & 0xFFFFFF).as("left half black").isZero();
    assertThat(image.getRGB(370, 10) & 0xFFFFFF).as("right half white").isEqualTo(0xFFFFFF);
  }

  @Test
  void aBarcodeHoldsOnlyPrintableAscii() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Ticket.Barcode("Straße"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Ticket.Barcode("a\u0010\u0004b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rasterDataNeverHoldsARealTimeCommand() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[512];
      random.nextBytes(data);
      for (int i = 0; i < 20; i++) {
        int at = random.nextInt(data.length - 1);
        data[at] = 0x10;
        data[at + 1] = (byte) new int[] {0x04, 0x05, 0x14}[random.nextInt(3)];
      }

      EscPosEncoder.withoutRealTimeCommands(data);

      for (int i = 0; i + 1 < data.length; i++) {
        assertThat(
                data[i] == 0x10
                    && (data[i + 1] == 0x04 || data[i + 1] == 0x05 || data[i + 1] == 0x14))
            .as("DLE command at %d", i)
            .isFalse();
      }
    }
  }

  @Test
  void tallImagesGoInBandsThatTheDecoderJoins() {
    BufferedImage tall = new BufferedImage(64, 300, BufferedImage.TYPE_BYTE_BINARY);
    tall.setRGB(10, 299, 0xFFFFFF);
    var out = new java.io.ByteArrayOutputStream();
    EscPosEncoder.raster(out, tall);

    List<EscPosDecoder.Printed> printed = EscPosDecoder.decode(out.toByteArray());

    assertThat(printed).hasSize(1);
    BufferedImage joined = ((EscPosDecoder.Image) printed.getFirst()).image();
    assertThat(joined.getHeight()).isEqualTo(300);
    assertThat(countCommands(out.toByteArray())).isEqualTo(3);
  }

  private static int countCommands(byte[] bytes) {
    int count = 0;
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1D && bytes[i + 1] == 'v' && bytes[i + 2] == '0') {
        count++;
      }
    }
    return count;
  }
}
