package de.buergerinfo.devices.scanner.decode;

import com.google.zxing.Result;
import de.buergerinfo.devices.scanner.decode.BlackboxCorpus.Sample;
import de.buergerinfo.devices.scanner.decode.CodeDecoder.Effort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decode rate and counts on ZXing's blackbox corpus at 0 degrees: ours (image files and camera
 * frames) against plain multi-format ZXing with and without {@code TRY_HARDER}, in the same run.
 * Needs {@code -Dbis.sharedData}; run by {@code ./mvnw -Pbench -pl device-drivers -DskipTests
 * verify}.
 */
public final class CorpusDecodeBenchmark {

  private static final int ROUNDS = 3;

  private CorpusDecodeBenchmark() {}

  public static void main(String[] args) {
    String shared = System.getProperty("bis.sharedData");
    Path corpus = shared == null ? null : Path.of(shared, "zxing-blackbox");
    if (corpus == null || !Files.isDirectory(corpus.resolve("qrcode-1"))) {
      System.out.println("corpus benchmark skipped: no ZXing blackbox corpus (bis.sharedData)");
      return;
    }
    List<Sample> codes = new ArrayList<>();
    BlackboxCorpus.QR_FOLDERS.forEach(
        folder -> codes.addAll(BlackboxCorpus.samples(corpus, folder)));
    List<Sample> negatives = BlackboxCorpus.samples(corpus, BlackboxCorpus.NEGATIVES);
    CodeDecoder ours = new CodeDecoder();
    Map<String, Function<Sample, Optional<String>>> decoders = new LinkedHashMap<>();
    decoders.put("ours, image file", s -> ours.decode(s.image()).map(Decoded::raw));
    decoders.put(
        "ours, camera frame",
        s -> ours.decode(Luminance.of(s.image()), Effort.FRAME).map(Decoded::raw));
    decoders.put("plain ZXing", s -> PlainZxing.multiFormat(s.image(), false).map(Result::getText));
    decoders.put(
        "plain ZXing, TRY_HARDER",
        s -> PlainZxing.multiFormat(s.image(), true).map(Result::getText));
    // Warm-up: one pass of everything.
    decoders.values().forEach(decoder -> codes.forEach(decoder::apply));
    System.out.printf(
        Locale.ROOT,
        "ZXing blackbox corpus at 0 degrees, %d QR pictures + %d without a code, one thread,"
            + " median of %d rounds%n",
        codes.size(),
        negatives.size(),
        ROUNDS);
    for (var entry : decoders.entrySet()) {
      long[] codeNanos = new long[ROUNDS];
      long[] negativeNanos = new long[ROUNDS];
      int right = 0;
      int found = 0;
      for (int round = 0; round < ROUNDS; round++) {
        right = 0;
        found = 0;
        long start = System.nanoTime();
        for (Sample sample : codes) {
          if (entry.getValue().apply(sample).equals(sample.expected())) {
            right++;
          }
        }
        codeNanos[round] = System.nanoTime() - start;
        start = System.nanoTime();
        for (Sample sample : negatives) {
          if (entry.getValue().apply(sample).isPresent()) {
            found++;
          }
        }
        negativeNanos[round] = System.nanoTime() - start;
      }
      double codeMs = FrameDecodeBenchmark.median(codeNanos) / 1e6;
      double negativeMs = FrameDecodeBenchmark.median(negativeNanos) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "  %-24s %3d of %d decoded, %5.1f ms per picture (%4.0f pictures/s) | without a code:"
              + " %d misread, %5.1f ms per picture%n",
          entry.getKey(),
          right,
          codes.size(),
          codeMs / codes.size(),
          codes.size() / (codeMs / 1000),
          found,
          negativeMs / negatives.size());
    }
  }
}
