package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.keyboard.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What speech says for a key typed into a field: the character's name in the citizen's language,
 * "space", or "deleted"; a capital letter with the word for capital. Letters and digits are given
 * to the voice as they are (espeak-ng names a lone letter or digit in its language); punctuation
 * and symbols get a name from the UI texts, because the voice would say nothing for most of them.
 */
final class TypedEcho {

  /** Every symbol on the keyboard layouts, by the name of its text ({@code speech.char.*}). */
  private static final Map<Integer, String> SYMBOLS =
      Map.ofEntries(
          Map.entry((int) '.', "period"),
          Map.entry((int) ',', "comma"),
          Map.entry((int) '،', "comma"),
          Map.entry((int) '-', "hyphen"),
          Map.entry((int) '@', "at"),
          Map.entry((int) '/', "slash"),
          Map.entry((int) ':', "colon"),
          Map.entry((int) '_', "underscore"),
          Map.entry((int) '?', "question"),
          Map.entry((int) '؟', "question"),
          Map.entry((int) '!', "exclamation"),
          Map.entry((int) '"', "quote"),
          Map.entry((int) '«', "quote"),
          Map.entry((int) '»', "quote"),
          Map.entry((int) '#', "hash"),
          Map.entry((int) '%', "percent"),
          Map.entry((int) '٪', "percent"),
          Map.entry((int) '&', "ampersand"),
          Map.entry((int) '\'', "apostrophe"),
          Map.entry((int) '‘', "apostrophe"),
          Map.entry((int) '’', "apostrophe"),
          Map.entry((int) '(', "parenOpen"),
          Map.entry((int) ')', "parenClose"),
          Map.entry((int) '*', "asterisk"),
          Map.entry((int) '+', "plus"),
          Map.entry((int) ';', "semicolon"),
          Map.entry((int) '؛', "semicolon"),
          Map.entry((int) '<', "less"),
          Map.entry((int) '>', "greater"),
          Map.entry((int) '[', "bracketOpen"),
          Map.entry((int) ']', "bracketClose"),
          Map.entry((int) '{', "braceOpen"),
          Map.entry((int) '}', "braceClose"),
          Map.entry((int) '~', "tilde"),
          Map.entry((int) '×', "times"),
          Map.entry((int) '÷', "divided"),
          Map.entry((int) '€', "euro"),
          // The Persian half space as typed, and as a field holds it (HalfSpaceInput).
          Map.entry(0x200C, "halfSpace"),
          Map.entry(0x202F, "halfSpace"));

  private TypedEcho() {}

  /** What to say for {@code key}; nothing for keys that type nothing (Enter, Shift, layouts). */
  static Optional<String> of(Key key, Messages messages) {
    return switch (key) {
      case Key.Input input -> Optional.of(spell(input.text(), messages)).filter(s -> !s.isBlank());
      case Key.Space space -> Optional.of(messages.text("speech.key.space"));
      case Key.Backspace backspace -> Optional.of(messages.text("speech.key.deleted"));
      default -> Optional.empty();
    };
  }

  /**
   * Letters and digits as they are (a key such as Arabic lam-alef types two letters, said as one
   * syllable); anything with a symbol or space in it character by character, each by its name.
   */
  static String spell(String text, Messages messages) {
    if (text.codePointCount(0, text.length()) == 1 && isCapital(text.codePointAt(0))) {
      // espeak-ng says "A" and "a" alike; a password or a name needs the difference heard.
      return messages.format("speech.char.capital", "letter", text);
    }
    if (text.codePoints().allMatch(Character::isLetterOrDigit)) {
      return text;
    }
    List<String> names = new ArrayList<>();
    text.codePoints().forEach(c -> names.add(name(c, messages)));
    return String.join(", ", names);
  }

  private static boolean isCapital(int c) {
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static String name(int c, Messages messages) {
    String symbol = SYMBOLS.get(c);
    if (symbol != null) {
      return messages.text("speech.char." + symbol);
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return messages.text("speech.key.space");
    }
    // Combining marks (Arabic vowel signs) are said as the voice says them.
    return Character.toString(c);
  }
}
