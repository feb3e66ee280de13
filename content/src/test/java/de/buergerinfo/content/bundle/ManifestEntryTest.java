package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestEntryTest {

  private static final String SHA = "0123456789abcdef".repeat(4);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "services/115.json",
        "media/office-photo_1.jpg",
        "_private/-x",
        "v1.2..3/a..b", // dots inside a name are harmless; only a '..' segment climbs
        "UPPER/lower/0123"
      })
  void acceptsRelativePathsOfSafeCharacters(String path) {
    assertThat(new ManifestEntry(path, SHA, 1).path()).isEqualTo(path);
  }

  @Test
  void acceptsAPathOfExactlyTheLongestLength() {
    String longest = "a".repeat(ManifestEntry.MAX_PATH_LENGTH);

    assertThat(new ManifestEntry(longest, SHA, 1).path()).hasSize(256);
  }

  @Test
  void refusesAPathOneCharacterTooLong() {
    String tooLong = "a".repeat(ManifestEntry.MAX_PATH_LENGTH + 1);

    assertThatThrownBy(() -> new ManifestEntry(tooLong, SHA, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 256 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "..",
        "../a",
        "a/..",
        "a/../b",
        "./a",
        "a/./b",
        ".hidden",
        "/etc/passwd",
        "a/",
        "a//b",
        "a\\b",
        "a b",
        "a\tb",
        "a\nb",
        "C:/x",
        "a?b",
        "dienstä.json",
        "a%2e%2e/b"
      })
  void refusesPathsThatAreNotPlainRelativeNames(String path) {
    assertThatThrownBy(() -> new ManifestEntry(path, SHA, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path must be a relative path of letters, digits");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",
        "g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        " 123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        ""
      })
  void refusesAHashThatIsNotSixtyFourLowercaseHexDigits(String sha256) {
    assertThatThrownBy(() -> new ManifestEntry("a.json", sha256, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sha256 must be 64 lowercase hexadecimal digits");
  }

  @Test
  void acceptsEmptyAndHugeObjectsButNotNegativeSizes() {
    assertThat(new ManifestEntry("a", SHA, 0).size()).isZero();
    assertThat(new ManifestEntry("a", SHA, Long.MAX_VALUE).size()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> new ManifestEntry("a", SHA, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size must not be negative");
  }

  @Test
  void refusesNullsByName() {
    assertThatThrownBy(() -> new ManifestEntry(null, SHA, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path");
    assertThatThrownBy(() -> new ManifestEntry("a", null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sha256");
  }
}
