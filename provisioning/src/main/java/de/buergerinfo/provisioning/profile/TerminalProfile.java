package de.buergerinfo.provisioning.profile;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceSetup;
import java.net.URI;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that makes one terminal different from another: where it stands, which central server
 * it uses, its languages, screen and devices.
 *
 * @param terminalId a short name, unique in the fleet, such as {@code zb-am-wall-01}
 * @param site where the terminal stands, shown to citizens, such as "Zentralbibliothek Am Wall"
 * @param centralServer the central server's base URL; empty means an in-process one (embedded)
 * @param trustedManifestKeys the Ed25519 keys whose signature on a content manifest the terminal
 *     accepts (one, or two during a key rotation); empty with the embedded central, which tells the
 *     terminal its key in-process
 * @param languages languages offered to citizens, in the order shown
 * @param defaultLanguage the language a new session starts in
 * @param orientation how the screen is mounted
 * @param idleTimeout how long without a touch before the idle warning
 * @param contentPollInterval how often the terminal asks the central server for new content
 * @param devices the device of each kind
 */
public record TerminalProfile(
    String terminalId,
    String site,
    Optional<URI> centralServer,
    List<PublicKey> trustedManifestKeys,
    List<Language> languages,
    Language defaultLanguage,
    ScreenOrientation orientation,
    Duration idleTimeout,
    Duration contentPollInterval,
    DeviceSetup devices) {

  public static final String DEMO_TERMINAL_ID = "demo";

  public TerminalProfile {
    Objects.requireNonNull(terminalId, "terminalId");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(centralServer, "centralServer");
    trustedManifestKeys = List.copyOf(trustedManifestKeys);
    if (centralServer.isPresent() && trustedManifestKeys.isEmpty()) {
      throw new IllegalArgumentException(
          "a terminal with a central server needs the keys it trusts for content");
    }
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(contentPollInterval, "contentPollInterval");
    Objects.requireNonNull(devices, "devices");
    languages = List.copyOf(languages);
    if (languages.isEmpty() || !languages.contains(defaultLanguage)) {
      throw new IllegalArgumentException("the default language must be one of the languages");
    }
  }

  /**
   * The embedded default: demo site, all languages, landscape, in-process central server and
   * simulated devices.
   */
  public static TerminalProfile embeddedDefault() {
    return new TerminalProfile(
        DEMO_TERMINAL_ID,
        "BIS Demo",
        Optional.empty(),
        List.of(),
        List.of(Language.values()),
        Language.GERMAN,
        ScreenOrientation.LANDSCAPE,
        Duration.ofSeconds(120),
        Duration.ofSeconds(60),
        DeviceSetup.allSimulated());
  }

  /** Whether this terminal runs the central server in-process. */
  public boolean usesEmbeddedCentral() {
    return centralServer.isEmpty();
  }
}
