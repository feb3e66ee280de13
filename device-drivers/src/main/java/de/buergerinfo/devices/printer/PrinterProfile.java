package de.buergerinfo.devices.printer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a printer model can do: its paper, the code pages it has (in the order we try them), and
 * whether it draws QR codes itself. Chosen in the device address, for example {@code
 * escpos+tcp://10.0.0.5:9100?profile=epson-tm-t20iii} or {@code ...?paper=58&qr=raster}.
 *
 * @param name the profile's name, as written in the address
 * @param paper the paper width
 * @param codePages code pages the printer knows; text no code page can hold is printed as an image.
 *     Never empty; the first is selected at the start of each ticket
 * @param nativeQr whether the printer draws QR codes ({@code GS ( k}); otherwise they are images
 */
public record PrinterProfile(
    String name, PaperWidth paper, List<CodePage> codePages, boolean nativeQr) {

  /** Option names a printer address may carry. */
  public static final Set<String> OPTIONS =
      Set.of("profile", "paper", "codepages", "qr", "baud", "flow");

  private static final Map<String, PrinterProfile> BUILT_IN = builtIn();

  public PrinterProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(paper, "paper");
    codePages = List.copyOf(codePages);
    if (codePages.isEmpty()) {
      throw new IllegalArgumentException("a printer profile needs at least one code page");
    }
  }

  private static Map<String, PrinterProfile> builtIn() {
    List<CodePage> all = List.of(CodePage.CP858, CodePage.CP857, CodePage.CP866);
    Map<String, PrinterProfile> profiles = new LinkedHashMap<>();
    // Epson TM-T20III and TM-T88VI: 80 mm, Epson code page numbers, GS ( k QR codes.
    profiles.put(
        "epson-tm-t20iii", new PrinterProfile("epson-tm-t20iii", PaperWidth.MM80, all, true));
    profiles.put(
        "epson-tm-t88vi", new PrinterProfile("epson-tm-t88vi", PaperWidth.MM80, all, true));
    // Unknown clones: only the German code page is assumed, QR codes as images (a clone without
    // GS ( k would print the QR parameters as text).
    profiles.put(
        "generic-80",
        new PrinterProfile("generic-80", PaperWidth.MM80, List.of(CodePage.CP858), false));
    profiles.put(
        "generic-58",
        new PrinterProfile("generic-58", PaperWidth.MM58, List.of(CodePage.CP858), false));
    return Map.copyOf(profiles);
  }

  /** The profile for printers we know nothing about: safe on any ESC/POS printer. */
  public static PrinterProfile generic() {
    return BUILT_IN.get("generic-80");
  }

  /** Names of the built-in profiles, for messages and the documentation. */
  public static List<String> names() {
    return BUILT_IN.keySet().stream().sorted().toList();
  }

  /**
   * The profile an address asks for: {@code profile=} (default {@code generic-80}), then the
   * overrides {@code paper=58|80}, {@code codepages=cp858,cp857}, {@code qr=native|raster}.
   *
   * @throws IllegalArgumentException naming the option that is wrong and what it may be
   */
  public static PrinterProfile fromOptions(Map<String, String> options) {
    for (String option : options.keySet()) {
      if (!OPTIONS.contains(option)) {
        throw new IllegalArgumentException(
            "unknown printer option '" + option + "'; printer options are " + sorted(OPTIONS));
      }
    }
    String profileName = options.getOrDefault("profile", "generic-80");
    PrinterProfile profile = BUILT_IN.get(profileName);
    if (profile == null) {
      throw new IllegalArgumentException(
          "unknown printer profile '" + profileName + "'; known profiles are " + names());
    }
    PaperWidth paper = profile.paper;
    if (options.containsKey("paper")) {
      paper =
          switch (options.get("paper")) {
            case "58" -> PaperWidth.MM58;
            case "80" -> PaperWidth.MM80;
            default ->
                throw new IllegalArgumentException(
                    "paper=" + options.get("paper") + " is not a paper width; write 58 or 80");
          };
    }
    List<CodePage> codePages = profile.codePages;
    if (options.containsKey("codepages")) {
      codePages = new ArrayList<>();
      for (String page : options.get("codepages").split(",", -1)) {
        try {
          CodePage codePage = CodePage.valueOf(page.toUpperCase(Locale.ROOT));
          if (codePages.contains(codePage)) {
            throw new IllegalArgumentException("codepages names " + page + " twice");
          }
          codePages.add(codePage);
        } catch (IllegalArgumentException e) {
          if (e.getMessage().startsWith("codepages")) {
            throw e;
          }
          throw new IllegalArgumentException(
              "codepages="
                  + options.get("codepages")
                  + " names an unknown code page '"
                  + page
                  + "'; known are cp858, cp857, cp866");
        }
      }
    }
    boolean nativeQr = profile.nativeQr;
    if (options.containsKey("qr")) {
      nativeQr =
          switch (options.get("qr")) {
            case "native" -> true;
            case "raster" -> false;
            default ->
                throw new IllegalArgumentException(
                    "qr=" + options.get("qr") + " is not a QR mode; write native or raster");
          };
    }
    return new PrinterProfile(profile.name, paper, codePages, nativeQr);
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
