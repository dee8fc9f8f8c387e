package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The life of one item up to the evaluation date, open or closed: the assessment's history keeps a
 * closed item visible for the period it was open.
 *
 * @param kind {@code trigger-episode}, {@code red-line}, {@code dispute} or {@code risk}
 * @param subject what it is about, as a finding names it
 * @param opened the day it opened
 * @param closed the day a decision (or a recorded resolution) closed it, if one has by the date
 * @param events what happened, in date order
 */
public record ItemHistory(
    String kind,
    Subject subject,
    LocalDate opened,
    Optional<LocalDate> closed,
    List<HistoryEvent> events) {

  /**
   * Checks no part is null and copies the events.
   *
   * @param kind the kind
   * @param subject the subject
   * @param opened the opening day
   * @param closed the closing day, if closed
   * @param events the events
   */
  public ItemHistory {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(closed, "closed");
    events = List.copyOf(events);
  }

  /** {@return whether the item is open at the end of its history} */
  public boolean open() {
    return closed.isEmpty();
  }
}
