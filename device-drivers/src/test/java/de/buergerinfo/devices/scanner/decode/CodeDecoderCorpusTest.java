package de.buergerinfo.devices.scanner.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import de.buergerinfo.devices.scanner.decode.BlackboxCorpus.Sample;
import de.buergerinfo.devices.scanner.decode.CodeDecoder.Effort;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our decode strategy on ZXing's blackbox corpus at 0, 90, 180 and 270 degrees, with plain ZXing
 * measured in the same run on the same pictures. Texts are compared raw and exactly.
 */
class CodeDecoderCorpusTest {

  /**
   * {@code qrcode-2/13.png} holds "...aerial photography of...", its {@code .txt} says
   * "photograph": re-encoding both texts at the code's version 6-Q with mask 7 differs from the
   * sampled picture in 22 of 1,681 modules for "photography" and in 548 for the expected text. A
   * decode of that image to "photography" is right, and the only misread we accept.
   */
  private static final String WRONG_EXPECTATION = "qrcode-2/13";

  private enum Decoder {
    OURS_IMAGE,
    OURS_FRAME,
    PLAIN,
    PLAIN_TRY_HARDER
  }

  /** Decoded as expected, and decoded to something else, per decoder, folder and rotation. */
  private static final Map<Decoder, Map<String, int[]>> PASSED = new LinkedHashMap<>();

  private static final Map<Decoder, Map<String, List<String>>> MISREAD = new LinkedHashMap<>();
  private static final Map<String, Integer> SIZES = new LinkedHashMap<>();

  @BeforeAll
  static void decodeTheCorpus() {
    Path corpus = BlackboxCorpus.folder();
    CodeDecoder ours = new CodeDecoder();
    Map<Decoder, Function<BufferedImage, Optional<Result>>> decoders = new LinkedHashMap<>();
    decoders.put(Decoder.OURS_IMAGE, image -> asResult(ours.decode(image)));
    decoders.put(
        Decoder.OURS_FRAME, image -> asResult(ours.decode(Luminance.of(image), Effort.FRAME)));
    decoders.put(Decoder.PLAIN, image -> PlainZxing.multiFormat(image, false));
    decoders.put(Decoder.PLAIN_TRY_HARDER, image -> PlainZxing.multiFormat(image, true));
    List<String> folders = new ArrayList<>(BlackboxCorpus.QR_FOLDERS);
    folders.add("inverted");
    folders.add(BlackboxCorpus.NEGATIVES);
    for (Decoder decoder : Decoder.values()) {
      PASSED.put(decoder, new LinkedHashMap<>());
      MISREAD.put(decoder, new LinkedHashMap<>());
    }
    for (String folder : folders) {
      List<Sample> samples = BlackboxCorpus.samples(corpus, folder);
      SIZES.put(folder, samples.size());
      for (Decoder decoder : Decoder.values()) {
        PASSED.get(decoder).put(folder, new int[4]);
        MISREAD.get(decoder).put(folder, new ArrayList<>());
      }
      for (Sample sample : samples) {
        for (int r = 0; r < 4; r++) {
          int degrees = BlackboxCorpus.ROTATIONS.get(r);
          BufferedImage turned = BlackboxCorpus.rotate(sample.image(), degrees);
          for (var entry : decoders.entrySet()) {
            Optional<Result> result = entry.getValue().apply(turned);
            if (result.isEmpty()) {
              continue;
            }
            boolean right =
                sample.expected().isPresent()
                    && sample.expected().get().equals(result.get().getText())
                    && result.get().getBarcodeFormat() == expectedFormat(folder);
            if (right) {
              PASSED.get(entry.getKey()).get(folder)[r]++;
            } else {
              MISREAD
                  .get(entry.getKey())
                  .get(folder)
                  .add(sample.id() + "@" + degrees + " as " + result.get().getBarcodeFormat());
            }
          }
        }
      }
    }
    System.out.println(table());
  }

  private static BarcodeFormat expectedFormat(String folder) {
    return folder.equals("inverted") ? BarcodeFormat.DATA_MATRIX : BarcodeFormat.QR_CODE;
  }

  /** Our result in ZXing's shape, with the raw text: the corpus is compared before cleaning. */
  private static Optional<Result> asResult(Optional<Decoded> decoded) {
    return decoded.map(
        d ->
            new Result(
                d.raw(),
                null,
                null,
                d.format() == CodeFormat.DATA_MATRIX
                    ? BarcodeFormat.DATA_MATRIX
                    : BarcodeFormat.QR_CODE));
  }

  private static String table() {
    StringBuilder table =
        new StringBuilder(
            "ZXing blackbox corpus: decodes at 0/90/180/270 degrees [misreads], ZXing's minimum\n");
    table.append(String.format(Locale.ROOT, "%-17s %3s  %-15s", "folder", "n", "minimum"));
    for (Decoder decoder : Decoder.values()) {
      table.append(String.format(Locale.ROOT, " %-22s", decoder.name().toLowerCase(Locale.ROOT)));
    }
    table.append('\n');
    for (String folder : SIZES.keySet()) {
      int[] minimum = BlackboxCorpus.THRESHOLDS.getOrDefault(folder, new int[] {0, 0, 0, 0});
      table.append(
          String.format(Locale.ROOT, "%-17s %3d  %-15s", folder, SIZES.get(folder), join(minimum)));
      for (Decoder decoder : Decoder.values()) {
        table.append(
            String.format(
                Locale.ROOT,
                " %-22s",
                join(PASSED.get(decoder).get(folder))
                    + " ["
                    + MISREAD.get(decoder).get(folder).size()
                    + "]"));
      }
      table.append('\n');
    }
    table.append(String.format(Locale.ROOT, "%-37s", "QR folders at 0 degrees"));
    for (Decoder decoder : Decoder.values()) {
      table.append(String.format(Locale.ROOT, " %-22s", totalAtZero(decoder) + " of 179"));
    }
    return table.append('\n').toString();
  }

  private static String join(int[] counts) {
    return counts[0] + "/" + counts[1] + "/" + counts[2] + "/" + counts[3];
  }

  private static int totalAtZero(Decoder decoder) {
    return BlackboxCorpus.QR_FOLDERS.stream()
        .mapToInt(folder -> PASSED.get(decoder).get(folder)[0])
        .sum();
  }

  private static void assertThresholds(Decoder decoder, List<String> folders) {
    SoftAssertions softly = new SoftAssertions();
    for (String folder : folders) {
      int[] minimum = BlackboxCorpus.THRESHOLDS.get(folder);
      for (int r = 0; r < 4; r++) {
        softly
            .assertThat(PASSED.get(decoder).get(folder)[r])
            .as("%s, %s at %d degrees", decoder, folder, BlackboxCorpus.ROTATIONS.get(r))
            .isGreaterThanOrEqualTo(minimum[r]);
      }
    }
    softly.assertAll();
  }

  @Test
  void imageFilesMeetZxingsThresholdsAtEveryRotation() {
    List<String> folders = new ArrayList<>(BlackboxCorpus.QR_FOLDERS);
    folders.add("inverted");
    assertThresholds(Decoder.OURS_IMAGE, folders);
  }

  @Test
  void cameraFramesMeetZxingsQrThresholdsAtEveryRotation() {
    // Frames get the extra passes only after a finder pattern was seen; the QR counts must hold.
    assertThresholds(Decoder.OURS_FRAME, BlackboxCorpus.QR_FOLDERS);
  }

  @Test
  void decodesMoreThanPlainZxingAtZeroDegrees() {
    int ours = totalAtZero(Decoder.OURS_IMAGE);
    int plain = Math.max(totalAtZero(Decoder.PLAIN), totalAtZero(Decoder.PLAIN_TRY_HARDER));
    System.out.printf(
        Locale.ROOT,
        "QR folders at 0 degrees: ours %d (camera frames %d), plain ZXing %d (try harder %d) of"
            + " 179%n",
        ours,
        totalAtZero(Decoder.OURS_FRAME),
        totalAtZero(Decoder.PLAIN),
        totalAtZero(Decoder.PLAIN_TRY_HARDER));
    assertThat(ours).isGreaterThanOrEqualTo(162).isGreaterThan(plain);
    // Camera frames get one extra pass on the code's area only, so that a frame costs what plain
    // ZXing's costs (docs/PERFORMANCE.md); they must still read more than plain ZXing.
    assertThat(totalAtZero(Decoder.OURS_FRAME)).isGreaterThan(plain);
  }

  @Test
  void findsNoCodeInPhotosWithoutOneAtAnyRotation() {
    assertThat(MISREAD.get(Decoder.OURS_IMAGE).get(BlackboxCorpus.NEGATIVES)).isEmpty();
    assertThat(MISREAD.get(Decoder.OURS_FRAME).get(BlackboxCorpus.NEGATIVES)).isEmpty();
  }

  @Test
  void misreadsNothingButTheImageWhoseExpectedTextIsWrong() {
    for (Decoder ours : List.of(Decoder.OURS_IMAGE, Decoder.OURS_FRAME)) {
      TreeSet<String> misread = new TreeSet<>();
      MISREAD.get(ours).values().forEach(misread::addAll);
      assertThat(misread)
          .as("%s misreads", ours)
          .allSatisfy(id -> assertThat(id).startsWith(WRONG_EXPECTATION + "@"));
    }
  }

  @Test
  void plainZxingMeetsItsOwnThresholdsInThisHarness() {
    // Checks the harness (loading, rotating, comparing) against ZXing's published numbers.
    assertThresholds(Decoder.PLAIN, BlackboxCorpus.QR_FOLDERS);
    assertThat(MISREAD.get(Decoder.PLAIN).get(BlackboxCorpus.NEGATIVES)).isNotEmpty();
  }
}
