package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.governance.Actor;

/**
 * Builds one finding for a rule family: its subject field by field, its summary, its evidence in
 * the order given, and where it applies who acts by when at which level. {@link #build()} resolves
 * the severity from the reference data ({@code finding-severities}, where {@code trigger} means the
 * trigger's own) and adds the acting organisation's pressure on the date as context (section 5:
 * shown, never moving a deadline). Not thread-safe; one builder per finding.
 */
final class FindingBuilder {

  /** What {@code trigger} in the severities resolves to for a finding about no trigger. */
  private static final String NO_TRIGGER_SEVERITY = "trigger";

  private final Evaluation context;
  private final FindingCode code;
  private Optional<String> agreement = Optional.empty();
  private Optional<String> site = Optional.empty();
  private Optional<String> measure = Optional.empty();
  private Optional<String> trigger = Optional.empty();
  private Optional<String> risk = Optional.empty();
  private Optional<String> incident = Optional.empty();
  private Optional<String> dispute = Optional.empty();
  private Optional<String> equipment = Optional.empty();
  private final Map<String, String> structure = new LinkedHashMap<>();
  private String triggerSeverity = NO_TRIGGER_SEVERITY;
  private String summary = "";
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private Optional<LocalDate> due = Optional.empty();
  private Optional<Actor> actor = Optional.empty();
  private OptionalInt level = OptionalInt.empty();
  private List<HistoryEvent> history = List.of();

  FindingBuilder(Evaluation context, FindingCode code) {
    this.context = Objects.requireNonNull(context, "context");
    this.code = Objects.requireNonNull(code, "code");
  }

  FindingBuilder agreement(Object id) {
    agreement = Optional.of(id.toString());
    return this;
  }

  FindingBuilder site(Object id) {
    site = Optional.of(id.toString());
    return this;
  }

  FindingBuilder measure(String id) {
    measure = Optional.of(id);
    return this;
  }

  FindingBuilder trigger(String id) {
    trigger = Optional.of(id);
    return this;
  }

  FindingBuilder risk(String id) {
    risk = Optional.of(id);
    return this;
  }

  FindingBuilder incident(String id) {
    incident = Optional.of(id);
    return this;
  }

  FindingBuilder dispute(String id) {
    dispute = Optional.of(id);
    return this;
  }

  FindingBuilder equipment(String id) {
    equipment = Optional.of(id);
    return this;
  }

  /**
   * Sets a part of the network's structure the finding is about: post, body, guidance, learning,
   * schedule, objective.
   */
  FindingBuilder about(String field, String id) {
    structure.put(field, id);
    return this;
  }

  /** Sets the severity {@code trigger} resolves to: that of the trigger the finding is about. */
  FindingBuilder triggerSeverity(String severity) {
    triggerSeverity = Objects.requireNonNull(severity, "severity");
    return this;
  }

  FindingBuilder summary(String text) {
    summary = Objects.requireNonNull(text, "summary");
    return this;
  }

  /** Adds one named piece of evidence, after those added before; a value is written as its text. */
  FindingBuilder evidence(String name, Object value) {
    evidence.put(name, value.toString());
    return this;
  }

  /** Sets the date by which the holder must act. */
  FindingBuilder due(LocalDate date) {
    due = Optional.of(date);
    return this;
  }

  /** Sets the date by which the holder must act, where there is one. */
  FindingBuilder due(Optional<LocalDate> date) {
    due = date;
    return this;
  }

  /** Sets who must act. */
  FindingBuilder actor(Actor who) {
    actor = Optional.of(who);
    return this;
  }

  /** Sets the escalation level (1-based) of a trigger or red line. */
  FindingBuilder level(int escalationLevel) {
    level = OptionalInt.of(escalationLevel);
    return this;
  }

  /** Sets the history of the item the finding is about. */
  FindingBuilder history(List<HistoryEvent> events) {
    history = List.copyOf(events);
    return this;
  }

  /** {@return the finding} */
  Finding build() {
    if (summary.isEmpty()) {
      throw new IllegalStateException("a " + code.id() + " finding has no summary");
    }
    Map<String, String> withContext = new LinkedHashMap<>(evidence);
    actor
        .flatMap(a -> context.pressure(a.organisation()))
        .ifPresent(
            c -> {
              c.opelLevel().ifPresent(l -> withContext.put("actorOpelLevel", l));
              c.oversightSegment().ifPresent(s -> withContext.put("actorOversightSegment", s));
            });
    Subject subject =
        new Subject(
            agreement,
            site,
            measure,
            trigger,
            risk,
            incident,
            dispute,
            equipment,
            Optional.ofNullable(structure.get("post")),
            Optional.ofNullable(structure.get("body")),
            Optional.ofNullable(structure.get("guidance")),
            Optional.ofNullable(structure.get("learning")),
            Optional.ofNullable(structure.get("schedule")),
            Optional.ofNullable(structure.get("objective")));
    String severity = context.reference().findingSeverities().severity(code.id(), triggerSeverity);
    return new Finding(
        code.id(), severity, subject, summary, withContext, due, actor, level, history);
  }
}
