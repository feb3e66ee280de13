package de.buergerinfo.devices.scanner.camera;

/**
 * Lets a code through once per appearance: a code held in front of the camera is decoded in frame
 * after frame, but the terminal must see it once. The same text counts as still in view while it
 * was last decoded less than {@code holdNanos} ago.
 */
final class RepeatFilter {

  private final long holdNanos;
  private String lastText;
  private long lastSeen;

  RepeatFilter(long holdNanos) {
    this.holdNanos = holdNanos;
  }

  /** Whether {@code text}, decoded at {@code now} (nanoseconds), is a new appearance. */
  synchronized boolean isNew(String text, long now) {
    boolean stillInView = text.equals(lastText) && now - lastSeen < holdNanos;
    lastText = text;
    lastSeen = now;
    return !stillInView;
  }
}
