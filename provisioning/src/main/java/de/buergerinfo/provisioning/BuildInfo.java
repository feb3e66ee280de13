package de.buergerinfo.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What build of BIS Kiosk this is, as Maven wrote it into the jar. */
public final class BuildInfo {

  private static final String VERSION = load().getProperty("version", "unknown");

  private BuildInfo() {}

  /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return VERSION;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("build.properties is unreadable", e);
    }
    return properties;
  }
}
