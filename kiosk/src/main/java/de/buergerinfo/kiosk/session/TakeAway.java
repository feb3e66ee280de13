package de.buergerinfo.kiosk.session;

import de.buergerinfo.content.catalog.FlowAnswers;
import java.util.Objects;

/** What the citizen wants to take home, on paper or as a QR code. */
public sealed interface TakeAway {

  /** A service's details: what to bring, fees, where. */
  record ServiceSheet(String serviceId) implements TakeAway {
    public ServiceSheet {
      Objects.requireNonNull(serviceId, "serviceId");
    }
  }

  /** The personal checklist a guided flow ended in. */
  record FlowChecklist(String flowId, FlowAnswers answers) implements TakeAway {
    public FlowChecklist {
      Objects.requireNonNull(flowId, "flowId");
      Objects.requireNonNull(answers, "answers");
    }
  }
}
