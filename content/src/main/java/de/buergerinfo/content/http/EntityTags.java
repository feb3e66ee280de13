package de.buergerinfo.content.http;

/** The If-None-Match comparison of RFC 9110, section 13.1.2 (weak comparison). */
final class EntityTags {

  private EntityTags() {}

  /** Whether an If-None-Match header value names the current entity tag. */
  static boolean matches(String ifNoneMatch, String currentTag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String current = opaque(currentTag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
