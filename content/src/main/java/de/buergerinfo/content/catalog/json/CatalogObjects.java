package de.buergerinfo.content.catalog.json;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.CatalogException;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A catalogue as bundle objects, one per entry ({@code services/<id>.json}, {@code
 * offices/<id>.json}, ...), and back. One object per entry is what makes a delta small: changing
 * one service changes one object.
 */
public final class CatalogObjects {

  private CatalogObjects() {}

  private static final String SERVICES = "services/";
  private static final String OFFICES = "offices/";
  private static final String SITUATIONS = "life-situations/";
  private static final String FLOWS = "flows/";
  private static final String ANNOUNCEMENTS = "announcements/";
  private static final String GLOSSARY = "glossary/";
  private static final String JSON = ".json";

  /** The objects of {@code catalog}, in a stable order. */
  public static List<BundleObject> of(Catalog catalog) {
    List<BundleObject> objects = new ArrayList<>();
    add(objects, SERVICES, catalog.services(), Service::id);
    add(objects, OFFICES, catalog.offices(), Office::id);
    add(objects, SITUATIONS, catalog.lifeSituations(), LifeSituation::id);
    add(objects, FLOWS, catalog.flows(), GuidedFlow::id);
    add(objects, ANNOUNCEMENTS, catalog.announcements(), Announcement::id);
    add(objects, GLOSSARY, catalog.glossary(), GlossaryConcept::id);
    return objects;
  }

  private static <T> void add(
      List<BundleObject> objects, String folder, List<T> entries, Function<T, String> id) {
    for (T entry : entries) {
      objects.add(new BundleObject(folder + id.apply(entry) + JSON, CatalogJson.write(entry)));
    }
  }

  /**
   * The catalogue that {@code bytesByPath} (every object of a bundle) holds, its references
   * checked. Entries come in path order, the order {@link #of} gives for ids that sort alike.
   *
   * @throws ContentFormatException naming the object that is not a valid entry or the problems of
   *     the whole
   */
  public static Catalog read(Map<String, byte[]> bytesByPath) throws ContentFormatException {
    List<Service> services = new ArrayList<>();
    List<Office> offices = new ArrayList<>();
    List<LifeSituation> situations = new ArrayList<>();
    List<GuidedFlow> flows = new ArrayList<>();
    List<Announcement> announcements = new ArrayList<>();
    List<GlossaryConcept> glossary = new ArrayList<>();
    for (Map.Entry<String, byte[]> object : new TreeMap<>(bytesByPath).entrySet()) {
      String path = object.getKey();
      byte[] bytes = object.getValue();
      try {
        if (path.startsWith(SERVICES)) {
          services.add(CatalogJson.read(bytes, Service.class));
        } else if (path.startsWith(OFFICES)) {
          offices.add(CatalogJson.read(bytes, Office.class));
        } else if (path.startsWith(SITUATIONS)) {
          situations.add(CatalogJson.read(bytes, LifeSituation.class));
        } else if (path.startsWith(FLOWS)) {
          flows.add(CatalogJson.read(bytes, GuidedFlow.class));
        } else if (path.startsWith(ANNOUNCEMENTS)) {
          announcements.add(CatalogJson.read(bytes, Announcement.class));
        } else if (path.startsWith(GLOSSARY)) {
          glossary.add(CatalogJson.read(bytes, GlossaryConcept.class));
        }
        // Other paths (media such as office photos) are not catalogue entries.
      } catch (ContentFormatException e) {
        throw new ContentFormatException(path + ": " + e.getMessage(), e);
      }
    }
    try {
      return Catalog.of(services, offices, situations, flows, announcements, glossary);
    } catch (CatalogException e) {
      throw new ContentFormatException(
          "the bundle's catalogue is inconsistent: " + e.getMessage(), e);
    }
  }
}
