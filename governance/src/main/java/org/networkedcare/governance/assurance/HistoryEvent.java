package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event in the life of an item the engine follows (a trigger episode, a red-line breach, a
 * dispute, a risk with decisions): when it opened, each escalation level it reached, each decision
 * about it, when its data condition cleared, when it closed.
 *
 * @param date the day of the event
 * @param kind what happened
 * @param detail one readable sentence
 */
public record HistoryEvent(LocalDate date, Kind kind, String detail) {

  /** What happened. */
  public enum Kind {
    /** The item opened (a trigger fired, a dispute was raised). */
    OPENED("opened"),
    /** The item reached an escalation level. */
    LEVEL("level"),
    /** A red line's consequence fell due for decision. */
    CONSEQUENCE_DUE("consequence-due"),
    /** The data condition that opened it cleared (the item stays open until decided). */
    CONDITION_CLEARED("condition-cleared"),
    /** The data condition held again while the item was open. */
    CONDITION_AGAIN("condition-again"),
    /** A resolution was recorded (an escalation record). */
    RESOLVED("resolved"),
    /** A decision was made about it. */
    DECISION("decision"),
    /** The item closed. */
    CLOSED("closed");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** {@return the identifier the JSON form carries} */
    public String id() {
      return id;
    }
  }

  /**
   * Checks no part is null.
   *
   * @param date the date
   * @param kind the kind
   * @param detail the detail
   */
  public HistoryEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }
}
