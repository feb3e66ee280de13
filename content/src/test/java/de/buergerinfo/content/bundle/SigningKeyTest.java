package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

  @TempDir Path folder;

  @Test
  void aMissingKeyFileIsCreatedForTheOwnerOnlyAndReadBackTheSame() throws Exception {
    Path file = folder.resolve("keys/manifest.key");

    SigningKey created = SigningKey.loadOrCreate(file);
    SigningKey again = SigningKey.loadOrCreate(file);

    assertThat(again.keyId()).isEqualTo(created.keyId()).hasSize(16);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(ManifestKeys.publicKey(ManifestKeys.publicKeyText(created.publicKey())))
        .isEqualTo(created.publicKey());
  }

  @Test
  void aKeyFileWhoseHalvesDoNotBelongTogetherOrThatIsGarbageIsRefused() throws Exception {
    SigningKey one = SigningKey.generate();
    SigningKey other = SigningKey.generate();
    Path mixed = folder.resolve("mixed.key");
    Files.writeString(
        mixed,
        "private: "
            + ManifestKeys.privateKeyText(one.privateKey())
            + "\npublic: "
            + ManifestKeys.publicKeyText(other.publicKey())
            + "\n");
    Path garbage = folder.resolve("garbage.key");
    Files.writeString(garbage, "private: abc\npublic: ed25519:xyz\n");
    Path empty = folder.resolve("empty.key");
    Files.writeString(empty, "");

    assertThatThrownBy(() -> SigningKey.load(mixed))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("do not belong together");
    assertThatThrownBy(() -> SigningKey.load(garbage))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("garbage.key");
    assertThatThrownBy(() -> SigningKey.load(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'private:'");
  }

  @Test
  void publicKeyTextMustSayWhatItIs() {
    assertThatThrownBy(() -> ManifestKeys.publicKey("AAAA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ed25519:");
    assertThatThrownBy(() -> ManifestKeys.publicKey("ed25519:not-base64!"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
