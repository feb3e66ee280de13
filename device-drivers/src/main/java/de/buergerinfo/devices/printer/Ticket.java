package de.buergerinfo.devices.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printer-independent ticket: what the kiosk wants on paper, in order. Encoders turn it into a
 * printer's bytes (ESC/POS for 58 and 80 mm paper).
 */
public record Ticket(List<Element> elements) {

  public Ticket {
    elements = List.copyOf(elements);
  }

  /** One part of a ticket. */
  public sealed interface Element {}

  /** A centred heading in bold. */
  public record Heading(String text) implements Element {
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A large number such as a waiting number, centred. */
  public record BigNumber(String text) implements Element {
    public BigNumber {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A paragraph, optionally emphasised (bold). */
  public record Text(String text, boolean emphasis) implements Element {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A label on the left, its value on the right ("Gebühr ... 46,00 €"). */
  public record Row(String label, String value) implements Element {
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A QR code, centred (a URL to continue on one's phone). */
  public record Qr(String payload) implements Element {
    public Qr {
      Objects.requireNonNull(payload, "payload");
      if (payload.isEmpty() || payload.length() > 1_000) {
        throw new IllegalArgumentException("a QR payload holds 1 to 1,000 characters");
      }
    }
  }

  /** A one-dimensional barcode (CODE128), centred, for an appointment or case number. */
  public record Barcode(String payload) implements Element {
    public Barcode {
      Objects.requireNonNull(payload, "payload");
      if (payload.isEmpty()
          || payload.length() > 40
          || !payload.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
        throw new IllegalArgumentException("a barcode holds 1 to 40 printable ASCII characters");
      }
    }
  }

  /** A picture (a logo, a map), scaled to the paper's width if wider, centred. */
  public record Image(java.awt.image.BufferedImage image) implements Element {
    public Image {
      Objects.requireNonNull(image, "image");
    }
  }

  /** A line across the paper. */
  public record Separator() implements Element {}

  /** Feed the paper past the cutter and cut. */
  public record Cut() implements Element {}

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a ticket element by element. */
  public static final class Builder {
    private final List<Element> elements = new ArrayList<>();

    public Builder heading(String text) {
      elements.add(new Heading(text));
      return this;
    }

    public Builder bigNumber(String text) {
      elements.add(new BigNumber(text));
      return this;
    }

    public Builder text(String text) {
      elements.add(new Text(text, false));
      return this;
    }

    public Builder emphasis(String text) {
      elements.add(new Text(text, true));
      return this;
    }

    public Builder row(String label, String value) {
      elements.add(new Row(label, value));
      return this;
    }

    public Builder qr(String payload) {
      elements.add(new Qr(payload));
      return this;
    }

    public Builder barcode(String payload) {
      elements.add(new Barcode(payload));
      return this;
    }

    public Builder image(java.awt.image.BufferedImage image) {
      elements.add(new Image(image));
      return this;
    }

    public Builder separator() {
      elements.add(new Separator());
      return this;
    }

    public Builder cut() {
      elements.add(new Cut());
      return this;
    }

    public Ticket build() {
      return new Ticket(elements);
    }
  }
}
