package de.buergerinfo.kiosk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sizes of this process from /proc/self/status (Linux), as the kernel counts them. */
public final class ProcessStatus {

  private ProcessStatus() {}

  /**
   * A size field in kilobytes, such as {@code "VmRSS:"} (resident now) or {@code "VmHWM:"} (its
   * peak).
   */
  public static long kilobytes(String field) throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith(field))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + field + " in /proc/self/status"));
  }
}
