package de.buergerinfo.content.authoring;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.CatalogException;
import de.buergerinfo.content.catalog.CatalogProblem;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a content directory written by people: one YAML file per service, office, life situation
 * and flow, with all languages inside; {@code announcements.yaml}; glossary files. Either the whole
 * directory loads, or nothing does and every problem is reported with file, line and field.
 *
 * <pre>
 * services/personalausweis.yaml     one service, id = file name
 * offices/bsc-mitte.yaml            one office
 * life-situations/geburt.yaml       one life situation
 * flows/umzug-nach-bremen.yaml      one guided flow
 * glossary/*.yaml                   lists of concepts
 * announcements.yaml                list of announcements
 * </pre>
 */
public final class ContentDirectory {

  /** More files than this is not a content directory but a mistake (or an attack). */
  static final int MAX_FILES = 50_000;

  private static final Set<String> FOLDERS =
      Set.of("services", "offices", "life-situations", "flows", "glossary");
  private static final String ANNOUNCEMENTS = "announcements.yaml";

  private final Path root;
  private final List<AuthoringProblem> problems = new ArrayList<>();
  private final Map<String, Path> fileOfEntry = new HashMap<>();
  private int files;

  private ContentDirectory(Path root) {
    this.root = root;
  }

  /**
   * Reads the catalogue in {@code root}.
   *
   * @throws AuthoringException listing every problem; nothing is loaded then
   */
  public static Catalog read(Path root) throws AuthoringException {
    return new ContentDirectory(root).read();
  }

  /**
   * Reads only the {@code glossary/} files in {@code root}, checked as in {@link #read(Path)}.
   *
   * @throws AuthoringException listing every problem
   */
  public static List<GlossaryConcept> readGlossary(Path root) throws AuthoringException {
    ContentDirectory directory = new ContentDirectory(root);
    directory.checkIsDirectory();
    List<GlossaryConcept> glossary = directory.glossary();
    return directory
        .validated(List.of(), List.of(), List.of(), List.of(), List.of(), glossary)
        .glossary();
  }

  private Catalog read() throws AuthoringException {
    checkIsDirectory();
    checkLayout();
    List<Service> services = entries("services", ServiceReader::read, Service::id);
    List<Office> offices = entries("offices", OfficeReader::read, Office::id);
    List<LifeSituation> situations =
        entries("life-situations", SmallEntryReaders::lifeSituation, LifeSituation::id);
    List<GuidedFlow> flows = entries("flows", FlowReader::read, GuidedFlow::id);
    List<GlossaryConcept> glossary = glossary();
    List<Announcement> announcements =
        Files.exists(root.resolve(ANNOUNCEMENTS))
            ? list(
                root.resolve(ANNOUNCEMENTS),
                SmallEntryReaders::announcement,
                Announcement::id,
                "announcement")
            : List.of();
    return validated(services, offices, situations, flows, announcements, glossary);
  }

  private void checkIsDirectory() throws AuthoringException {
    if (!Files.isDirectory(root)) {
      throw new AuthoringException(
          List.of(new AuthoringProblem(root, 0, "", "is not a content directory")));
    }
  }

  private List<GlossaryConcept> glossary() {
    List<GlossaryConcept> glossary = new ArrayList<>();
    for (Path file : yamlFiles(root.resolve("glossary"))) {
      glossary.addAll(
          list(file, SmallEntryReaders::glossaryConcept, GlossaryConcept::id, "glossary concept"));
    }
    return glossary;
  }

  /** The catalogue of these entries, or every problem found while reading and checking them. */
  private Catalog validated(
      List<Service> services,
      List<Office> offices,
      List<LifeSituation> situations,
      List<GuidedFlow> flows,
      List<Announcement> announcements,
      List<GlossaryConcept> glossary)
      throws AuthoringException {
    if (!problems.isEmpty()) {
      throw new AuthoringException(problems);
    }
    try {
      return Catalog.of(services, offices, situations, flows, announcements, glossary);
    } catch (CatalogException e) {
      for (CatalogProblem problem : e.problems()) {
        Path file = fileOfEntry.get(problem.kind() + "/" + problem.id());
        problems.add(
            new AuthoringProblem(
                file == null ? Path.of(".") : root.relativize(file),
                0,
                "",
                problem.kind() + " '" + problem.id() + "' " + problem.message()));
      }
      throw new AuthoringException(problems);
    }
  }

  /** Folder of media files (office photos, form PDFs) published as they are. */
  public static final String MEDIA = "media";

  /** Largest media file: a photo or a form, not a video. */
  public static final long MAX_MEDIA_BYTES = 16L * 1024 * 1024;

  private static final java.util.regex.Pattern MEDIA_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,120}");

  /**
   * The files of {@code root/media/}, as bundle objects {@code media/<name>}: photos of offices,
   * form PDFs. Flat, with simple names, each at most {@link #MAX_MEDIA_BYTES}.
   *
   * @throws AuthoringException listing every file that cannot be published
   */
  public static List<BundleObject> media(Path root) throws AuthoringException {
    Path folder = root.resolve(MEDIA);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<BundleObject> objects = new ArrayList<>();
    List<AuthoringProblem> problems = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        Path shown = root.relativize(file);
        if (name.startsWith(".")) {
          continue;
        }
        if (!Files.isRegularFile(file) || !MEDIA_NAME.matcher(name).matches()) {
          problems.add(
              new AuthoringProblem(
                  shown, 0, "", "is not a media file with a simple name (letters, digits, . _ -)"));
        } else if (Files.size(file) > MAX_MEDIA_BYTES) {
          problems.add(
              new AuthoringProblem(
                  shown, 0, "", "is larger than " + MAX_MEDIA_BYTES / (1024 * 1024) + " MB"));
        } else {
          objects.add(new BundleObject(MEDIA + "/" + name, Files.readAllBytes(file)));
        }
      }
    } catch (IOException e) {
      problems.add(new AuthoringProblem(root.relativize(folder), 0, "", "cannot be read: " + e));
    }
    if (!problems.isEmpty()) {
      throw new AuthoringException(problems);
    }
    return objects;
  }

  /** Unknown folders or files at the top are reported: a misspelt folder would lose content. */
  private void checkLayout() {
    try (Stream<Path> top = Files.list(root)) {
      for (Path entry : top.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.equalsIgnoreCase("README.md")) {
          continue;
        }
        boolean known =
            Files.isDirectory(entry)
                ? FOLDERS.contains(name) || name.equals(MEDIA)
                : name.equals(ANNOUNCEMENTS);
        if (!known) {
          problems.add(
              new AuthoringProblem(
                  root.relativize(entry),
                  0,
                  "",
                  "is not part of a content directory (known: "
                      + String.join(", ", FOLDERS.stream().sorted().toList())
                      + ", "
                      + MEDIA
                      + ", "
                      + ANNOUNCEMENTS
                      + ")"));
        }
      }
    } catch (IOException e) {
      problems.add(new AuthoringProblem(root, 0, "", "cannot be listed: " + e.getMessage()));
    }
  }

  /** One entry per file; the file is named after the entry's id. */
  private <T> List<T> entries(String folder, FileReader<T> reader, Function<T, String> id) {
    List<T> entries = new ArrayList<>();
    String kind =
        switch (folder) {
          case "services" -> "service";
          case "offices" -> "office";
          case "life-situations" -> "life situation";
          default -> "flow";
        };
    for (Path file : yamlFiles(root.resolve(folder))) {
      try {
        T entry = reader.read(YamlSource.parse(bytes(file)));
        String expected = stem(file);
        if (!id.apply(entry).equals(expected)) {
          problems.add(
              problem(
                  file,
                  new SourceException(
                      1,
                      "id",
                      "is '"
                          + id.apply(entry)
                          + "' but the file is named '"
                          + expected
                          + "'; name the file after the id")));
          continue;
        }
        fileOfEntry.put(kind + "/" + id.apply(entry), file);
        entries.add(entry);
      } catch (SourceException e) {
        problems.add(problem(file, e));
      }
    }
    return entries;
  }

  /** A file holding a list of entries. */
  private <T> List<T> list(
      Path file, Fields.EntryReader<T> reader, Function<T, String> id, String kind) {
    try {
      SourceNode node = YamlSource.parse(bytes(file));
      if (!(node instanceof SourceNode.Sequence sequence)) {
        throw new SourceException(
            node.line(), "", "must be a list of entries (lines starting with '- ')");
      }
      List<T> entries = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        T entry = reader.read(sequence.items().get(i), "[" + i + "]");
        fileOfEntry.put(kind + "/" + id.apply(entry), file);
        entries.add(entry);
      }
      return entries;
    } catch (SourceException e) {
      problems.add(problem(file, e));
      return List.of();
    }
  }

  private List<Path> yamlFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> yaml = new ArrayList<>();
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (!Files.isRegularFile(file) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
          problems.add(new AuthoringProblem(root.relativize(file), 0, "", "is not a .yaml file"));
          continue;
        }
        if (++files > MAX_FILES) {
          problems.add(
              new AuthoringProblem(
                  root.relativize(folder), 0, "", "holds more than " + MAX_FILES + " files"));
          break;
        }
        yaml.add(file);
      }
      return yaml;
    } catch (IOException e) {
      problems.add(
          new AuthoringProblem(
              root.relativize(folder), 0, "", "cannot be listed: " + e.getMessage()));
      return List.of();
    }
  }

  private static byte[] bytes(Path file) throws SourceException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(YamlSource.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new SourceException(0, "", "cannot be read: " + e.getMessage());
    }
  }

  private AuthoringProblem problem(Path file, SourceException e) {
    return new AuthoringProblem(root.relativize(file), e.line(), e.field(), e.getMessage());
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Reads the single entry of one file. */
  @FunctionalInterface
  private interface FileReader<T> {
    T read(SourceNode node) throws SourceException;
  }
}
