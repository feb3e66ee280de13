package de.buergerinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.language.Language;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Our own Bremen content loads, and its glossary covers every language. */
class BremenContentTest {

  static Path folder() throws Exception {
    URL url = BremenContentTest.class.getResource("/bis-content/bremen");
    return Path.of(url.toURI());
  }

  @Test
  void loadsWithoutAProblem() throws Exception {
    Catalog catalog = ContentDirectory.read(folder());

    assertThat(catalog.glossary()).hasSizeGreaterThanOrEqualTo(45);
  }

  @Test
  void everyGlossaryConceptHasTermsInAllNineLanguagesBesidesLeichteSprache() throws Exception {
    for (GlossaryConcept concept : ContentDirectory.read(folder()).glossary()) {
      for (Language language : Language.values()) {
        if (language != Language.GERMAN_EASY) {
          assertThat(concept.termsIn(language))
              .as(concept.id() + " in " + language.tag())
              .isNotEmpty();
        }
      }
    }
  }
}
