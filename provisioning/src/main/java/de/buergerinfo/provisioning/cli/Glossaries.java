package de.buergerinfo.provisioning.cli;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.search.ServiceIndex;
import java.util.ArrayList;
import java.util.List;

/** The search index of the commands: any catalogue, searched with our multilingual glossary. */
final class Glossaries {

  private Glossaries() {}

  static ServiceIndex index(Catalog catalog, boolean withoutOurs) {
    List<GlossaryConcept> glossary = new ArrayList<>(catalog.glossary());
    if (!withoutOurs) {
      glossary.addAll(BremenContent.load().glossary());
    }
    return ServiceIndex.build(catalog, glossary);
  }
}
