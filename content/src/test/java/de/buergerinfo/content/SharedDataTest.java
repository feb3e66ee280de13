package de.buergerinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The build hands the shared data to the tests; the catalogue tests of later work rely on it. */
class SharedDataTest {

  @Test
  void theMunichCatalogueAndTheOzgCatalogueAreReachable() throws Exception {
    Path munich = SharedData.folder("catalogue/munich-dldb");
    Path ozg = SharedData.folder("catalogue/ozg");

    try (Stream<Path> files = Files.list(munich)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json"))).isNotEmpty();
    }
    try (Stream<Path> files = Files.list(ozg)) {
      assertThat(files).isNotEmpty();
    }
  }
}
