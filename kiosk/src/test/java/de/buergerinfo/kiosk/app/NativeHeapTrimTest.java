package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeHeapTrimTest {

  /** Below glibc's threshold for a mapping of its own: these blocks share the malloc heap. */
  private static final int BLOCK = 64 * 1024;

  private static final int BLOCKS = 400;

  @Test
  void freedNativeMemoryLeavesTheProcessWhenAsked() throws IOException {
    assumeTrue(NativeHeapTrim.available(), "this C library has no malloc_trim (not glibc)");
    List<Arena> blocks = new ArrayList<>();
    for (int i = 0; i < BLOCKS; i++) {
      Arena block = Arena.ofConfined();
      block.allocate(BLOCK).fill((byte) 1);
      blocks.add(block);
    }
    // Free every other block: the holes lie between blocks still in use, so glibc keeps them
    // (it gives back only the top of its heap by itself).
    for (int i = 0; i < BLOCKS; i += 2) {
      blocks.get(i).close();
    }
    long before = residentKilobytes();

    boolean returned = NativeHeapTrim.trim();

    long after = residentKilobytes();
    assertThat(returned).isTrue();
    long freedKilobytes = (long) BLOCKS / 2 * BLOCK / 1024;
    assertThat(before - after)
        .as("resident memory went down by at least half of the %d KB freed", freedKilobytes)
        .isGreaterThanOrEqualTo(freedKilobytes / 2);
    for (int i = 1; i < BLOCKS; i += 2) {
      blocks.get(i).close();
    }
  }

  private static long residentKilobytes() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElseThrow();
  }
}
