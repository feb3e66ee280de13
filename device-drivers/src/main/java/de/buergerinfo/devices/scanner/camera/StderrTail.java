package de.buergerinfo.devices.scanner.camera;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads ffmpeg's standard error on a thread of its own (a full pipe would stall ffmpeg) and keeps
 * its last lines, which say why ffmpeg stopped.
 */
final class StderrTail {

  private static final int LINES = 20;
  private static final int LINE_LENGTH = 300;

  private final Deque<String> lines = new ArrayDeque<>();
  private final Thread thread;

  private StderrTail(InputStream stderr) {
    thread =
        Thread.ofPlatform()
            .name("camera-ffmpeg-stderr")
            .daemon(true)
            .unstarted(() -> drain(stderr));
  }

  static StderrTail start(InputStream stderr) {
    StderrTail tail = new StderrTail(stderr);
    tail.thread.start();
    return tail;
  }

  private void drain(InputStream stderr) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        synchronized (lines) {
          lines.addLast(line.length() > LINE_LENGTH ? line.substring(0, LINE_LENGTH) : line);
          if (lines.size() > LINES) {
            lines.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // ffmpeg is gone; what it said so far is kept
    }
  }

  /** Waits a little for ffmpeg's last words after it ended. */
  void awaitEnd(long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The kept lines, lower-cased, for matching. */
  List<String> lines() {
    synchronized (lines) {
      return lines.stream().map(line -> line.toLowerCase(Locale.ROOT)).toList();
    }
  }

  boolean mentions(String text) {
    return lines().stream().anyMatch(line -> line.contains(text));
  }
}
