package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.governance.Actor;

/**
 * One finding of the decision engine.
 *
 * @param code the stable code, such as {@code escalation-overdue}
 * @param severity the severity (reference data {@code severities})
 * @param subject what it is about
 * @param summary one readable sentence
 * @param evidence the points, periods, values and rule behind it, by name, in order
 * @param dueDate the date by which the holder must act, where it is about an obligation
 * @param actor who must act, where someone must
 * @param escalationLevel for triggers and red lines, the current level (1-based)
 * @param history for an item the engine follows (a trigger episode, a red line, a decision's item),
 *     its events to the date: opened, each level, each decision; empty otherwise
 */
public record Finding(
    String code,
    String severity,
    Subject subject,
    String summary,
    Map<String, String> evidence,
    Optional<LocalDate> dueDate,
    Optional<Actor> actor,
    OptionalInt escalationLevel,
    List<HistoryEvent> history) {

  /**
   * Checks no part is null and keeps the evidence's order.
   *
   * @param code the code
   * @param severity the severity
   * @param subject the subject
   * @param summary the summary
   * @param evidence the evidence
   * @param dueDate the due date, if any
   * @param actor the actor, if any
   * @param escalationLevel the level, if any
   * @param history the item's events, if it has any
   */
  public Finding {
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(severity, "severity");
    java.util.Objects.requireNonNull(subject, "subject");
    java.util.Objects.requireNonNull(summary, "summary");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    java.util.Objects.requireNonNull(dueDate, "dueDate");
    java.util.Objects.requireNonNull(actor, "actor");
    java.util.Objects.requireNonNull(escalationLevel, "escalationLevel");
    history = List.copyOf(history);
  }

  /**
   * A finding about no followed item (no history).
   *
   * @param code the code
   * @param severity the severity
   * @param subject the subject
   * @param summary the summary
   * @param evidence the evidence
   * @param dueDate the due date, if any
   * @param actor the actor, if any
   * @param escalationLevel the level, if any
   */
  public Finding(
      String code,
      String severity,
      Subject subject,
      String summary,
      Map<String, String> evidence,
      Optional<LocalDate> dueDate,
      Optional<Actor> actor,
      OptionalInt escalationLevel) {
    this(code, severity, subject, summary, evidence, dueDate, actor, escalationLevel, List.of());
  }

  /** {@return one line: severity, code, subject, who acts by when, and the summary} */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(severity).append(' ').append(code).append(" [").append(subject).append(']');
    escalationLevel.ifPresent(l -> s.append(" level ").append(l));
    actor.ifPresent(a -> s.append(": ").append(a));
    dueDate.ifPresent(d -> s.append(actor.isPresent() ? " by " : ": due ").append(d));
    s.append(" - ").append(summary);
    return s.toString();
  }
}
