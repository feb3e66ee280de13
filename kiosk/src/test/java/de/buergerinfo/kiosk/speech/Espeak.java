package de.buergerinfo.kiosk.speech;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The real espeak-ng for tests, and a spy wrapper that records what each run receives. */
final class Espeak {

  private Espeak() {}

  /** Skips on a developer's machine without espeak-ng; fails in CI, which must run the tests. */
  static void requireInstalled() {
    boolean installed;
    try {
      installed = new ProcessBuilder("espeak-ng", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      installed = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      installed = false;
    }
    String why = "espeak-ng is not installed (apt-get install espeak-ng; .ci/run installs it)";
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException(why + ", but CI must run the speech tests");
    }
    assumeTrue(installed, why);
  }

  /**
   * A script that stands in for espeak-ng: it saves each run's arguments ({@code args.N}) and
   * standard input ({@code in.N}) in the folder, then runs the real espeak-ng with them. Voices
   * whose language is in {@code hiddenLanguages} are left out of its voice listing.
   */
  static Path spy(Path folder, String... hiddenLanguages) throws IOException {
    StringBuilder hide = new StringBuilder("cat");
    for (String language : hiddenLanguages) {
      hide.append(" | grep -v ' ").append(language).append(" '");
    }
    Path script = folder.resolve("espeak-spy");
    Files.writeString(
        script,
        """
        #!/bin/sh
        dir='%s'
        n=$(ls "$dir" | grep -c '^args\\.')
        printf '%%s\\n' "$@" > "$dir/args.$n"
        if [ "$1" = "--voices" ]; then
          espeak-ng "$@" | %s
          exit 0
        fi
        cat > "$dir/in.$n"
        exec espeak-ng "$@" < "$dir/in.$n"
        """
            .formatted(folder, hide));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }
}
