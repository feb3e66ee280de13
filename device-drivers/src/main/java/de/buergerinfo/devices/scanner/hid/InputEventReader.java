package de.buergerinfo.devices.scanner.hid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts the bytes read from an evdev device (or a FIFO or recording) into {@link InputEvent}s. A
 * read may end in the middle of a record (pipes and files do not keep record boundaries): the
 * partial record waits for the next bytes.
 */
public final class InputEventReader {

  private final InputEventLayout layout;
  private final byte[] partial;
  private int partialLength;

  public InputEventReader(InputEventLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.partial = new byte[layout.size()];
  }

  public InputEventLayout layout() {
    return layout;
  }

  /** The whole events in these bytes, after any partial record left by the previous call. */
  public List<InputEvent> feed(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int size = layout.size();
    List<InputEvent> events = new ArrayList<>(length / size + 1);
    int position = offset;
    int end = offset + length;
    if (partialLength > 0) {
      int needed = Math.min(size - partialLength, length);
      System.arraycopy(bytes, position, partial, partialLength, needed);
      partialLength += needed;
      position += needed;
      if (partialLength < size) {
        return events;
      }
      events.add(layout.decode(partial, 0));
      partialLength = 0;
    }
    for (; position + size <= end; position += size) {
      events.add(layout.decode(bytes, position));
    }
    partialLength = end - position;
    System.arraycopy(bytes, position, partial, 0, partialLength);
    return events;
  }

  /** Bytes of an unfinished record waiting for the rest; 0 at a record boundary. */
  public int pendingBytes() {
    return partialLength;
  }

  /** Forgets a partial record, for a new device or stream. */
  public void reset() {
    partialLength = 0;
  }
}
