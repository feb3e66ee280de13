package de.buergerinfo.provisioning.logging;

import java.util.regex.Pattern;

/**
 * The last line of defence for the rule that logs never hold personal data: masks what looks like
 * an e-mail address, a phone number or a card UID. The first line is never logging what a citizen
 * entered; this catches mistakes, it does not make them allowed.
 */
public final class PersonalDataRedactor {

  private static final Pattern E_MAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

  /** +49 421 361-0, 0421/3610, 0049 176 1234567: a + or 0 and at least seven more digits. */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.:/_-])(\\+|0)\\d(?:[ ()/-]{0,2}\\d){6,}(?![\\p{L}\\p{N}])");

  /** Card UIDs as PC/SC tools print them: 04:A2:3B:C4 or 04 A2 3B C4 or 04A23BC4D5E6F7. */
  private static final Pattern CARD_UID =
      Pattern.compile(
          "\\b(?:[0-9A-Fa-f]{2}[: ]){3,9}[0-9A-Fa-f]{2}\\b"
              + "|\\b(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[0-9])[0-9A-F]{8,20}\\b");

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");

  private PersonalDataRedactor() {}

  /** The text with personal data masked and line breaks folded, so one event stays one line. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String result = LINE_BREAKS.matcher(text).replaceAll(" | ");
    result = E_MAIL.matcher(result).replaceAll("<e-mail>");
    result = CARD_UID.matcher(result).replaceAll("<card-uid>");
    result = PHONE.matcher(result).replaceAll("<phone>");
    return result;
  }
}
