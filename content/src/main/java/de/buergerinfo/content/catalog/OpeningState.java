package de.buergerinfo.content.catalog;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** Whether an office is open at a moment, and until or from when: "open until 12:30". */
public sealed interface OpeningState {

  /** Open now. */
  record Open(LocalTime closesAt) implements OpeningState {}

  /** Closed now; opens at the given time if that is within the next two weeks. */
  record Closed(Optional<LocalDateTime> opensAt) implements OpeningState {}
}
