package de.buergerinfo.content.catalog;

import java.util.List;

/**
 * What a guided flow gives a citizen: the services to apply for and what to bring. Personal (it
 * follows from their answers): it lives in the session and on their ticket only.
 *
 * @param services the services to apply for
 * @param items what to bring or do, each once
 */
public record PersonalChecklist(List<Service> services, List<ChecklistItem> items) {

  public PersonalChecklist {
    services = List.copyOf(services);
    items = List.copyOf(items);
  }
}
