package de.buergerinfo.kiosk.speech;

/**
 * Makes text safe and short enough to speak: control characters become spaces, runs of white space
 * one space, and text longer than the limit is cut after its last sentence end that fits (else
 * after its last word that fits), so a hostile or oversized text cannot keep the kiosk talking for
 * minutes.
 */
final class SpeechText {

  private SpeechText() {}

  static String clean(String text, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= maxLength; i++) {
      char c = text.charAt(i);
      // Control characters (C0, DEL, C1) and line breaks read as a pause at most: a space.
      // Format characters stay: the zero-width non-joiner belongs to Persian spelling.
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        space = !out.isEmpty();
      } else if (Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.length() <= maxLength ? out.toString() : cut(out, maxLength);
  }

  private static boolean isPairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** Cuts after the last sentence end within the limit, else the last word, else hard. */
  private static String cut(CharSequence text, int maxLength) {
    int sentenceEnd = -1;
    int wordEnd = -1;
    for (int i = 0; i < maxLength; i++) {
      char c = text.charAt(i);
      boolean endOfWord = text.charAt(i + 1) == ' ';
      if (endOfWord && isSentenceEnd(c)) {
        sentenceEnd = i + 1;
      }
      if (endOfWord) {
        wordEnd = i + 1;
      }
    }
    int end = sentenceEnd > 0 ? sentenceEnd : wordEnd > 0 ? wordEnd : maxLength;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end).toString();
  }

  /** Full stop, question and exclamation marks, also the Arabic question mark. */
  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
  }
}
