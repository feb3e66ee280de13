package de.buergerinfo.devices.scanner.decode;

import de.buergerinfo.devices.scanner.decode.BenchFrames.Frame;
import de.buergerinfo.devices.scanner.decode.CodeDecoder.Effort;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Camera-frame decode rate, ours ({@link Effort#FRAME}) against plain ZXing (QR reader and
 * local-threshold binarizer) on the same 640x480 grey frames in the same run, alternating which
 * goes first. Prints per frame set the frames decoded to the right text, the median time, and the
 * frames per second over the set from each frame's fastest round: the machine is shared, and a
 * round another process interrupted says nothing about the decoder (a frame's extra passes run in
 * every round, so they stay in). Run pinned to one core: {@code taskset -c 0 ./mvnw -Pbench -pl
 * device-drivers -DskipTests verify}.
 */
public final class FrameDecodeBenchmark {

  private static final int WARMUP_ROUNDS = 5;
  private static final int ROUNDS = 15;

  private FrameDecodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, List<Frame>> sets = new LinkedHashMap<>();
    sets.put("drawn, no code", BenchFrames.drawnWithoutCode(40, 1));
    sets.put("drawn, QR on paper or phone", BenchFrames.drawnWithCode(60, 2));
    List<Frame> negatives = BenchFrames.corpus(BlackboxCorpus.NEGATIVES);
    List<Frame> photos = BenchFrames.corpus("qrcode-1");
    if (negatives.isEmpty()) {
      System.out.println("(no shared data: the corpus photo sets are left out)");
    } else {
      sets.put("ZXing photos without a code (falsepositives-2)", negatives);
      sets.put("ZXing 640x480 photos with QR (qrcode-1)", photos);
    }
    CodeDecoder ours = new CodeDecoder();
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (List<Frame> frames : sets.values()) {
        time(frames, ours, round);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "camera frames 640x480, one thread, %d rounds; frames/s from each frame's fastest round%n",
        ROUNDS);
    long[] allOurs = new long[0];
    long[] allPlain = new long[0];
    for (var set : sets.entrySet()) {
      List<Frame> frames = set.getValue();
      long[][] nanos = new long[2][frames.size() * ROUNDS];
      int[] decoded = new int[2];
      long[][] fastest = new long[2][frames.size()];
      Arrays.fill(fastest[0], Long.MAX_VALUE);
      Arrays.fill(fastest[1], Long.MAX_VALUE);
      for (int round = 0; round < ROUNDS; round++) {
        Result result = time(frames, ours, WARMUP_ROUNDS + round);
        System.arraycopy(result.ours, 0, nanos[0], round * frames.size(), frames.size());
        System.arraycopy(result.plain, 0, nanos[1], round * frames.size(), frames.size());
        for (int i = 0; i < frames.size(); i++) {
          fastest[0][i] = Math.min(fastest[0][i], result.ours[i]);
          fastest[1][i] = Math.min(fastest[1][i], result.plain[i]);
        }
        decoded = result.decoded;
      }
      System.out.printf(
          Locale.ROOT,
          "  %-48s %3d frames | ours: %3d decoded, median %5.2f ms, %6.0f frames/s | plain ZXing:"
              + " %3d decoded, median %5.2f ms, %6.0f frames/s%n",
          set.getKey(),
          frames.size(),
          decoded[0],
          median(nanos[0]) / 1e6,
          perSecond(fastest[0]),
          decoded[1],
          median(nanos[1]) / 1e6,
          perSecond(fastest[1]));
      allOurs = concat(allOurs, fastest[0]);
      allPlain = concat(allPlain, fastest[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "  %-48s            | ours: fastest median %5.2f ms, %6.0f frames/s | plain ZXing: fastest"
            + " median %5.2f ms, %6.0f frames/s%n",
        "all frames",
        median(allOurs) / 1e6,
        perSecond(allOurs),
        median(allPlain) / 1e6,
        perSecond(allPlain));
  }

  private record Result(long[] ours, long[] plain, int[] decoded) {}

  /** Times every frame once with each decoder; which goes first alternates by round. */
  private static Result time(List<Frame> frames, CodeDecoder ours, int round) {
    long[] oursNanos = new long[frames.size()];
    long[] plainNanos = new long[frames.size()];
    int[] decoded = new int[2];
    for (int i = 0; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      for (int turn = 0; turn < 2; turn++) {
        boolean oursNow = (turn + round + i) % 2 == 0;
        long start = System.nanoTime();
        Optional<String> text =
            oursNow
                ? ours.decode(frame.frame(), Effort.FRAME).map(Decoded::raw)
                : PlainZxing.qrFrame(frame.frame()).map(com.google.zxing.Result::getText);
        long took = System.nanoTime() - start;
        (oursNow ? oursNanos : plainNanos)[i] = took;
        if (text.isPresent() && text.equals(frame.text())) {
          decoded[oursNow ? 0 : 1]++;
        }
      }
    }
    return new Result(oursNanos, plainNanos, decoded);
  }

  static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static double perSecond(long[] nanos) {
    return nanos.length / (Arrays.stream(nanos).sum() / 1e9);
  }

  private static long[] concat(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
