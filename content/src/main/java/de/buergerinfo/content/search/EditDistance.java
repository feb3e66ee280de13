package de.buergerinfo.content.search;

/**
 * How many single-letter edits (insert, delete, replace, swap of neighbours) turn one word into
 * another: the measure for typo tolerance and "did you mean" suggestions.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * Whether {@code a} and {@code b} differ by exactly one edit; linear and allocation-free, as it
   * runs against every glossary term of similar length on each keystroke.
   */
  public static boolean isOneEdit(String a, String b) {
    int lengthDifference = a.length() - b.length();
    if (lengthDifference < -1 || lengthDifference > 1) {
      return false;
    }
    int start = 0;
    int shorter = Math.min(a.length(), b.length());
    while (start < shorter && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (lengthDifference == 0) {
      if (start == a.length()) {
        return false;
      }
      // One replacement, or one swap of neighbours.
      if (a.regionMatches(start + 1, b, start + 1, a.length() - start - 1)) {
        return true;
      }
      return start + 1 < a.length()
          && a.charAt(start) == b.charAt(start + 1)
          && a.charAt(start + 1) == b.charAt(start)
          && a.regionMatches(start + 2, b, start + 2, a.length() - start - 2);
    }
    // One letter more in the longer word.
    String longer = lengthDifference > 0 ? a : b;
    String other = lengthDifference > 0 ? b : a;
    return longer.regionMatches(start + 1, other, start, other.length() - start);
  }

  /** The optimal-string-alignment distance between {@code a} and {@code b}. */
  public static int between(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
