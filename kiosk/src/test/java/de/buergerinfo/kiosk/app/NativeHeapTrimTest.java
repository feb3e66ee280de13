package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buergerinfo.kiosk.testsupport.ProcessStatus;
import java.io.IOException;
import java.lang.foreign.Arena;
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
    long before = ProcessStatus.kilobytes("VmRSS:");

    boolean returned = NativeHeapTrim.trim();

    long after = ProcessStatus.kilobytes("VmRSS:");
    assertThat(returned).isTrue();
    long freedKilobytes = (long) BLOCKS / 2 * BLOCK / 1024;
    assertThat(before - after)
        .as("resident memory went down by at least half of the %d KB freed", freedKilobytes)
        .isGreaterThanOrEqualTo(freedKilobytes / 2);
    for (int i = 1; i < BLOCKS; i += 2) {
      blocks.get(i).close();
    }
  }
}
