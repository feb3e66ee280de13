package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.bundle.UntrustedContentException;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.SearchHit;
import de.buergerinfo.content.search.SearchRequest;
import de.buergerinfo.kiosk.sync.ContentUnavailableException;
import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.central.CentralServerException;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskRuntimeTest {

  @TempDir Path data;

  @Test
  void embeddedDefaultServesContentOverHttpOnLoopback() throws Exception {
    try (KioskRuntime runtime = KioskRuntime.start(TerminalProfile.embeddedDefault(), data)) {
      CentralServer central = runtime.embeddedCentral().orElseThrow();
      Manifest manifest = runtime.contentSource().manifest();

      assertThat(central.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(runtime.contentSource().base()).isEqualTo(central.baseUri());
      assertThat(central.dataFolder()).isEqualTo(data.resolve("central").toAbsolutePath());
      // The built-in Bremen content, published by the embedded central and fetched over HTTP.
      assertThat(manifest.version()).isEqualTo(1);
      assertThat(manifest.objects())
          .extracting(ManifestEntry::path)
          .contains("services/personalausweis.json", "flows/neues-baby.json");
    }
  }

  @Test
  void aProfileWithACentralServerUsesItAndStartsNoneItself() throws Exception {
    try (CentralServer remote =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, data.resolve("remote")))) {
      TerminalProfile profile = withCentral(remote.baseUri(), remote.signingKey().publicKey());
      try (KioskRuntime runtime = KioskRuntime.start(profile, data.resolve("terminal"))) {
        assertThat(runtime.embeddedCentral()).isEmpty();
        assertThat(runtime.contentSource().manifest().version()).isZero();
      }
    }
  }

  @Test
  void aTerminalThatTrustsAnotherKeyRefusesTheCentralServersContent() throws Exception {
    try (CentralServer remote =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, data.resolve("remote")))) {
      TerminalProfile profile = withCentral(remote.baseUri(), SigningKey.generate().publicKey());
      try (KioskRuntime runtime = KioskRuntime.start(profile, data.resolve("terminal"))) {
        assertThatThrownBy(() -> runtime.contentSource().manifest())
            .isInstanceOf(UntrustedContentException.class);
      }
    }
  }

  @Test
  void theEmbeddedDefaultGetsOurContentThroughSyncAndKeepsItWhenTheServerIsGone() throws Exception {
    int services;
    try (KioskRuntime runtime = KioskRuntime.start(TerminalProfile.embeddedDefault(), data)) {
      assertThat(runtime.content().current().catalog().services()).isEmpty();

      runtime.checkContentInBackground().join();

      services = runtime.content().current().catalog().services().size();
      assertThat(services).isGreaterThanOrEqualTo(40);
      assertThat(runtime.syncState().version()).isEqualTo(1);
      assertThat(
              runtime
                  .content()
                  .current()
                  .index()
                  .search(new SearchRequest("kimlik kaybettim", Language.TURKISH, 3, false)))
          .extracting(SearchHit::serviceId)
          .contains("personalausweis-verlust");
    }
    // The same terminal, its central server unreachable: it starts on what it applied before.
    TerminalProfile offline =
        withCentral(URI.create("http://127.0.0.1:9"), SigningKey.generate().publicKey());
    try (KioskRuntime runtime = KioskRuntime.start(offline, data)) {
      runtime.checkContentInBackground().join();

      assertThat(runtime.content().current().catalog().services()).hasSize(services);
      assertThat(runtime.syncState().version()).isEqualTo(1);
      assertThat(runtime.syncState().lastError()).get().asString().contains("did not answer");
    }
  }

  @Test
  void aSecondTerminalOnTheSameDataFolderIsRefusedClearly() {
    try (KioskRuntime first = KioskRuntime.start(TerminalProfile.embeddedDefault(), data)) {
      assertThatThrownBy(() -> KioskRuntime.start(TerminalProfile.embeddedDefault(), data))
          .isInstanceOf(CentralServerException.class)
          .hasMessageContaining("in use");
      assertThat(first.embeddedCentral()).isPresent();
    }
  }

  @Test
  void closingTwiceIsHarmlessAndStopsTheEmbeddedServer() throws Exception {
    KioskRuntime runtime = KioskRuntime.start(TerminalProfile.embeddedDefault(), data);
    URI central = runtime.embeddedCentral().orElseThrow().baseUri();
    runtime.close();
    runtime.close();

    try (var probe =
        de.buergerinfo.kiosk.sync.HttpContentSource.start(
            central, TrustedKeys.of(List.of(SigningKey.generate().publicKey())))) {
      assertThatThrownBy(probe::manifest).isInstanceOf(ContentUnavailableException.class);
    }
  }

  @Test
  void anUnreachableCentralServerDoesNotStopTheTerminal() throws Exception {
    TerminalProfile profile =
        withCentral(URI.create("http://127.0.0.1:9"), SigningKey.generate().publicKey());
    try (KioskRuntime runtime = KioskRuntime.start(profile, data)) {
      Thread check = runtime.checkContentInBackground();
      check.join();

      assertThatThrownBy(() -> runtime.contentSource().manifest())
          .isInstanceOf(ContentUnavailableException.class);
    }
  }

  private static TerminalProfile withCentral(URI central, PublicKey trusted) {
    TerminalProfile defaults = TerminalProfile.embeddedDefault();
    return new TerminalProfile(
        "zb-test-01",
        "Testbibliothek",
        Optional.of(central),
        List.of(trusted),
        defaults.languages(),
        defaults.defaultLanguage(),
        defaults.orientation(),
        defaults.idleTimeout(),
        defaults.contentPollInterval(),
        defaults.devices());
  }
}
