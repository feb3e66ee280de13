package de.buergerinfo.devices.scanner.keyboard;

import java.util.Map;

/**
 * Undoes what a German keyboard layout makes of a scanner that types as a US keyboard: the scanner
 * presses the US key for each character, and the German layout types what that key means there (Y
 * and Z swapped, {@code -} becomes {@code ß}, {@code /} becomes {@code -}, {@code :} becomes {@code
 * Ö}, and {@code =}, {@code +} and {@code `} are dead keys that merge with the next letter). Every
 * German result comes from exactly one US key, so the mapping back is exact, but only for such a
 * scanner: use it only when the terminal's scanner is set to US and the screen layout to German.
 * Setting the scanner to German, or reading it through evdev or serial, is the better fix.
 */
public final class GermanLayoutFix {

  // German character typed -> the US character the scanner meant.
  private static final Map<Character, String> BACK =
      Map.ofEntries(
          Map.entry('z', "y"),
          Map.entry('y', "z"),
          Map.entry('Z', "Y"),
          Map.entry('Y', "Z"),
          Map.entry('ß', "-"),
          Map.entry('?', "_"),
          Map.entry('-', "/"),
          Map.entry('_', "?"),
          Map.entry('ö', ";"),
          Map.entry('Ö', ":"),
          Map.entry('ä', "'"),
          Map.entry('Ä', "\""),
          Map.entry('ü', "["),
          Map.entry('Ü', "{"),
          Map.entry('+', "]"),
          Map.entry('*', "}"),
          Map.entry('#', "\\"),
          Map.entry('\'', "|"),
          Map.entry(';', "<"),
          Map.entry(':', ">"),
          Map.entry('°', "~"),
          Map.entry('"', "@"),
          Map.entry('§', "#"),
          Map.entry('&', "^"),
          Map.entry('/', "&"),
          Map.entry('(', "*"),
          Map.entry(')', "("),
          Map.entry('=', ")"),
          // Dead keys alone or before a letter they do not merge with.
          Map.entry('´', "="),
          Map.entry('`', "+"),
          Map.entry('^', "`"),
          // US "=z": the acute dead key before the key that types y on a German layout.
          Map.entry('ý', "=z"),
          Map.entry('Ý', "=Z"));

  // Dead key merged with a vowel: US "=e" arrives as é, "+e" as è, "`e" as ê.
  private static final String ACUTE = "áéíóúÁÉÍÓÚ";
  private static final String GRAVE = "àèìòùÀÈÌÒÙ";
  private static final String CIRCUMFLEX = "âêîôûÂÊÎÔÛ";
  private static final String VOWELS = "aeiouAEIOU";

  private GermanLayoutFix() {}

  /** The text the US scanner meant. Characters a US keyboard types alike pass unchanged. */
  public static String toUs(CharSequence typed) {
    StringBuilder meant = new StringBuilder(typed.length() + 8);
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      String back = BACK.get(c);
      if (back != null) {
        meant.append(back);
      } else if (ACUTE.indexOf(c) >= 0) {
        meant.append('=').append(VOWELS.charAt(ACUTE.indexOf(c)));
      } else if (GRAVE.indexOf(c) >= 0) {
        meant.append('+').append(VOWELS.charAt(GRAVE.indexOf(c)));
      } else if (CIRCUMFLEX.indexOf(c) >= 0) {
        meant.append('`').append(VOWELS.charAt(CIRCUMFLEX.indexOf(c)));
      } else {
        meant.append(c);
      }
    }
    return meant.toString();
  }
}
