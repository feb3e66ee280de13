package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A whole service catalogue: services, offices, life situations, guided flows, announcements and
 * the glossary. Every reference between them resolves; a catalogue with a dangling reference cannot
 * be built.
 */
public final class Catalog {

  private final Map<String, Service> services;
  private final Map<String, Office> offices;
  private final Map<String, LifeSituation> lifeSituations;
  private final Map<String, GuidedFlow> flows;
  private final List<Announcement> announcements;
  private final List<GlossaryConcept> glossary;

  private Catalog(
      Map<String, Service> services,
      Map<String, Office> offices,
      Map<String, LifeSituation> lifeSituations,
      Map<String, GuidedFlow> flows,
      List<Announcement> announcements,
      List<GlossaryConcept> glossary) {
    this.services = services;
    this.offices = offices;
    this.lifeSituations = lifeSituations;
    this.flows = flows;
    this.announcements = announcements;
    this.glossary = glossary;
  }

  /**
   * Builds a catalogue.
   *
   * @throws CatalogException listing every duplicate id and dangling reference found
   */
  public static Catalog of(
      List<Service> services,
      List<Office> offices,
      List<LifeSituation> lifeSituations,
      List<GuidedFlow> flows,
      List<Announcement> announcements,
      List<GlossaryConcept> glossary)
      throws CatalogException {
    List<CatalogProblem> problems = new ArrayList<>();
    Catalog catalog =
        new Catalog(
            index(services, Service::id, "service", problems),
            index(offices, Office::id, "office", problems),
            index(lifeSituations, LifeSituation::id, "life situation", problems),
            index(flows, GuidedFlow::id, "flow", problems),
            List.copyOf(announcements),
            List.copyOf(glossary));
    index(announcements, Announcement::id, "announcement", problems);
    index(glossary, GlossaryConcept::id, "glossary concept", problems);
    catalog.checkReferences(problems);
    if (!problems.isEmpty()) {
      // A flow naming a missing service in five results is one problem to fix, not five.
      throw new CatalogException(problems.stream().distinct().toList());
    }
    return catalog;
  }

  private static <T> Map<String, T> index(
      List<T> entries, Function<T, String> id, String kind, List<CatalogProblem> problems) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T entry : entries) {
      if (byId.putIfAbsent(id.apply(entry), entry) != null) {
        problems.add(new CatalogProblem(kind, id.apply(entry), "the id is used twice"));
      }
    }
    return java.util.Collections.unmodifiableMap(byId);
  }

  private void checkReferences(List<CatalogProblem> problems) {
    for (Service service : services.values()) {
      for (String office : service.officeIds()) {
        refer("service", service.id(), "office", office, offices.keySet(), problems);
      }
      for (String situation : service.lifeSituationIds()) {
        refer(
            "service",
            service.id(),
            "life situation",
            situation,
            lifeSituations.keySet(),
            problems);
      }
    }
    for (GuidedFlow flow : flows.values()) {
      for (String situation : flow.lifeSituationIds()) {
        refer("flow", flow.id(), "life situation", situation, lifeSituations.keySet(), problems);
      }
      for (FlowQuestion question : flow.questions()) {
        for (FlowAnswer answer : question.answers()) {
          if (answer.next() instanceof FlowStep.Finish finish) {
            for (String service : finish.serviceIds()) {
              refer("flow", flow.id(), "service", service, services.keySet(), problems);
            }
          }
        }
      }
    }
    Set<AnswerCondition> asked = new java.util.HashSet<>();
    for (GuidedFlow flow : flows.values()) {
      for (FlowQuestion question : flow.questions()) {
        for (FlowAnswer answer : question.answers()) {
          asked.add(new AnswerCondition(question.id(), answer.id()));
        }
      }
    }
    for (Service service : services.values()) {
      for (ChecklistItem item : service.documents()) {
        for (AnswerCondition condition : item.conditions()) {
          if (!asked.contains(condition)) {
            // An item that depends on an answer no flow can give would never be shown.
            problems.add(
                new CatalogProblem(
                    "service",
                    service.id(),
                    "checklist item '"
                        + item.id()
                        + "' depends on the answer '"
                        + condition.answerId()
                        + "' to question '"
                        + condition.questionId()
                        + "', which no guided flow asks"));
          }
        }
      }
    }
    checkItemMeanings(problems);
    for (Announcement announcement : announcements) {
      for (String office : announcement.officeIds()) {
        refer("announcement", announcement.id(), "office", office, offices.keySet(), problems);
      }
    }
  }

  /**
   * A personal checklist shows each item id once, so one id must mean one thing: the same German
   * text wherever a service or a flow defines it.
   */
  private void checkItemMeanings(List<CatalogProblem> problems) {
    record Definition(String kind, String owner, String text) {}
    Map<String, Definition> first = new LinkedHashMap<>();
    BiConsumer<Definition, ChecklistItem> compare =
        (here, item) -> {
          Definition earlier = first.putIfAbsent(item.id(), here);
          if (earlier != null && !earlier.text().equals(here.text())) {
            problems.add(
                new CatalogProblem(
                    here.kind(),
                    here.owner(),
                    "checklist item '"
                        + item.id()
                        + "' has another German text than in "
                        + earlier.kind()
                        + " '"
                        + earlier.owner()
                        + "': a checklist shows each item id once, so give it another id"));
          }
        };
    for (Service service : services.values()) {
      for (ChecklistItem item : service.documents()) {
        compare.accept(new Definition("service", service.id(), germanOf(item)), item);
      }
    }
    for (GuidedFlow flow : flows.values()) {
      for (FlowQuestion question : flow.questions()) {
        for (FlowAnswer answer : question.answers()) {
          if (answer.next() instanceof FlowStep.Finish finish) {
            for (ChecklistItem item : finish.items()) {
              compare.accept(new Definition("flow", flow.id(), germanOf(item)), item);
            }
          }
        }
      }
    }
  }

  private static String germanOf(ChecklistItem item) {
    return item.text().in(Language.GERMAN).orElse("");
  }

  private static void refer(
      String fromKind,
      String fromId,
      String kind,
      String id,
      Set<String> known,
      List<CatalogProblem> problems) {
    if (!known.contains(id)) {
      problems.add(
          new CatalogProblem(fromKind, fromId, "refers to unknown " + kind + " '" + id + "'"));
    }
  }

  /**
   * One catalogue of several (our content and imported ones), its references checked across all.
   *
   * @throws CatalogException when an id appears in two of them, or a reference finds nothing
   */
  public static Catalog merge(List<Catalog> catalogs) throws CatalogException {
    List<Service> services = new ArrayList<>();
    List<Office> offices = new ArrayList<>();
    List<LifeSituation> situations = new ArrayList<>();
    List<GuidedFlow> flows = new ArrayList<>();
    List<Announcement> announcements = new ArrayList<>();
    List<GlossaryConcept> glossary = new ArrayList<>();
    for (Catalog catalog : catalogs) {
      services.addAll(catalog.services());
      offices.addAll(catalog.offices());
      situations.addAll(catalog.lifeSituations());
      flows.addAll(catalog.flows());
      announcements.addAll(catalog.announcements());
      glossary.addAll(catalog.glossary());
    }
    return of(services, offices, situations, flows, announcements, glossary);
  }

  public List<Service> services() {
    return List.copyOf(services.values());
  }

  public Optional<Service> service(String id) {
    return Optional.ofNullable(services.get(id));
  }

  public List<Office> offices() {
    return List.copyOf(offices.values());
  }

  public Optional<Office> office(String id) {
    return Optional.ofNullable(offices.get(id));
  }

  public List<LifeSituation> lifeSituations() {
    return List.copyOf(lifeSituations.values());
  }

  public Optional<LifeSituation> lifeSituation(String id) {
    return Optional.ofNullable(lifeSituations.get(id));
  }

  public List<GuidedFlow> flows() {
    return List.copyOf(flows.values());
  }

  public Optional<GuidedFlow> flow(String id) {
    return Optional.ofNullable(flows.get(id));
  }

  public List<Announcement> announcements() {
    return announcements;
  }

  public List<GlossaryConcept> glossary() {
    return glossary;
  }

  /** Services that belong to a life situation, in catalogue order. */
  public List<Service> servicesOf(LifeSituation situation) {
    return services.values().stream()
        .filter(service -> service.lifeSituationIds().contains(situation.id()))
        .toList();
  }

  /** Offices that offer a service, in the service's order. */
  public List<Office> officesOf(Service service) {
    return service.officeIds().stream().map(offices::get).toList();
  }

  /**
   * The personal checklist at the end of a flow: the result's own items, then each service's
   * documents that apply to these answers, each item once.
   */
  public Optional<PersonalChecklist> checklistFor(GuidedFlow flow, FlowAnswers answers) {
    if (!(flow.stepFor(answers) instanceof FlowStep.Finish finish)) {
      return Optional.empty();
    }
    List<Service> chosen = finish.serviceIds().stream().map(services::get).toList();
    Map<String, ChecklistItem> items = new LinkedHashMap<>();
    finish.items().stream()
        .filter(i -> i.appliesTo(answers))
        .forEach(i -> items.putIfAbsent(i.id(), i));
    for (Service service : chosen) {
      service.documentsFor(answers).forEach(i -> items.putIfAbsent(i.id(), i));
    }
    return Optional.of(new PersonalChecklist(chosen, List.copyOf(items.values())));
  }
}
