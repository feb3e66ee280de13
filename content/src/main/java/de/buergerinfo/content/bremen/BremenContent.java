package de.buergerinfo.content.bremen;

import de.buergerinfo.content.authoring.AuthoringException;
import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Our own Bremen content, shipped inside the jar, in the authoring format. */
public final class BremenContent {

  private static final String FOLDER = "/bis-content/bremen";

  private BremenContent() {}

  /**
   * Reads it from the class path (a folder in development, a jar in production).
   *
   * @throws IllegalStateException if the shipped content is broken: a build that tests would catch
   */
  public static Catalog load() {
    URL url = BremenContent.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("the Bremen content is missing from the build");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return ContentDirectory.read(jar.getPath(FOLDER));
        }
      }
      return ContentDirectory.read(Path.of(uri));
    } catch (AuthoringException e) {
      throw new IllegalStateException("the shipped Bremen content is broken: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the Bremen content cannot be read", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unexpected class path URL " + url, e);
    }
  }
}
