package de.buergerinfo.content.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns catalogue HTML into clean text for the kiosk, which shows no HTML: paragraphs separated by
 * a blank line, list items as "• " lines, links collected separately (the kiosk shows them as QR
 * codes). Scripts, styles and embedded objects are dropped with their content; nothing of the
 * markup survives, so nothing can be rendered unsafely.
 */
public final class HtmlText {

  /** A link found in the text. */
  public record Link(String text, URI url) {}

  /** The text and the links of one HTML fragment. */
  public record Result(String text, List<Link> links) {}

  private static final Set<String> DROPPED =
      Set.of("script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "head");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "ul",
          "ol",
          "table",
          "tr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "blockquote");

  private final StringBuilder out = new StringBuilder();
  private final List<Link> links = new ArrayList<>();

  private HtmlText() {}

  /** Converts {@code html}; never throws for malformed markup. */
  public static Result convert(String html) {
    if (html == null || html.isBlank()) {
      return new Result("", List.of());
    }
    HtmlText converter = new HtmlText();
    converter.walk(Jsoup.parseBodyFragment(html).body());
    return new Result(tidy(converter.out.toString()), List.copyOf(converter.links));
  }

  /** Just the text. */
  public static String toText(String html) {
    return convert(html).text();
  }

  private void walk(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        appendText(text.getWholeText());
      } else if (child instanceof Element element) {
        element(element);
      }
    }
  }

  private void element(Element element) {
    String tag = element.normalName();
    if (DROPPED.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br" -> out.append('\n');
      case "li" -> {
        out.append("\n• ");
        walk(element);
        out.append('\n');
      }
      case "td", "th" -> {
        walk(element);
        out.append("  ");
      }
      case "a" -> {
        int start = out.length();
        walk(element);
        link(out.substring(start).strip(), element.attr("href"));
      }
      default -> {
        boolean block = BLOCKS.contains(tag);
        if (block) {
          out.append("\n\n");
        }
        walk(element);
        if (block) {
          out.append("\n\n");
        }
      }
    }
  }

  private void appendText(String text) {
    // Zero-width spaces and non-breaking spaces are editing leftovers in catalogue HTML.
    String cleaned = text.replace("\u200B", "").replace('\u00A0', ' ').replaceAll("\\s+", " ");
    if (cleaned.isEmpty()) {
      return;
    }
    out.append(cleaned);
  }

  private void link(String text, String href) {
    if (href == null || href.isBlank()) {
      return;
    }
    try {
      URI url = new URI(href.strip());
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http"))
          && url.getHost() != null
          && href.length() <= 2_000) {
        links.add(new Link(text.isEmpty() ? url.getHost() : text, url));
      }
    } catch (URISyntaxException e) {
      // not a usable link: the text stays, the link is dropped
    }
  }

  /**
   * Trims every line, keeps list items on consecutive lines, separates paragraphs by one blank
   * line, and trims the whole.
   */
  private static String tidy(String text) {
    StringBuilder result = new StringBuilder();
    boolean blank = false;
    boolean lastWasItem = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.equals("•")) {
        blank = true;
        continue;
      }
      boolean item = trimmed.startsWith("• ");
      if (result.length() > 0) {
        result.append(blank && !(item && lastWasItem) ? "\n\n" : "\n");
      }
      result.append(trimmed);
      blank = false;
      lastWasItem = item;
    }
    return result.toString();
  }
}
