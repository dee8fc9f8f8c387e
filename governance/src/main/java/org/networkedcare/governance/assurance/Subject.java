package org.networkedcare.governance.assurance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a finding is about: any of an agreement, a site, a measure, a trigger, a risk, an incident,
 * a dispute, a piece of equipment, a post, a body, a guidance entry, a learning item, a training or
 * audit schedule and an objective of the network's purpose, by identifier.
 *
 * @param agreement the agreement, if any
 * @param site the site, if any
 * @param measure the measure, if any
 * @param trigger the trigger or red line, if any
 * @param risk the risk, if any
 * @param incident the incident, if any
 * @param dispute the dispute, if any
 * @param equipment the equipment, if any
 * @param post the post of the network's structure, if any
 * @param body the body (board, committee), if any
 * @param guidance the guidance entry of the register, if any
 * @param learning the learning item, if any
 * @param schedule the training or audit schedule, if any
 * @param objective the objective of the network's purpose, if any
 */
public record Subject(
    Optional<String> agreement,
    Optional<String> site,
    Optional<String> measure,
    Optional<String> trigger,
    Optional<String> risk,
    Optional<String> incident,
    Optional<String> dispute,
    Optional<String> equipment,
    Optional<String> post,
    Optional<String> body,
    Optional<String> guidance,
    Optional<String> learning,
    Optional<String> schedule,
    Optional<String> objective) {

  /** The field names, in the order subjects are compared. */
  public static final List<String> FIELDS =
      List.of(
          "agreement",
          "site",
          "measure",
          "trigger",
          "risk",
          "incident",
          "dispute",
          "equipment",
          "post",
          "body",
          "guidance",
          "learning",
          "schedule",
          "objective");

  /**
   * Checks no part is null.
   *
   * @param agreement the agreement
   * @param site the site
   * @param measure the measure
   * @param trigger the trigger
   * @param risk the risk
   * @param incident the incident
   * @param dispute the dispute
   * @param equipment the equipment
   * @param post the post
   * @param body the body
   * @param guidance the guidance
   * @param learning the learning item
   * @param schedule the schedule
   * @param objective the objective
   */
  public Subject {
    for (Optional<String> part :
        List.of(
            agreement, site, measure, trigger, risk, incident, dispute, equipment, post, body,
            guidance, learning, schedule, objective)) {
      java.util.Objects.requireNonNull(part, "subject part");
    }
  }

  /**
   * A subject about no objective of the network's purpose.
   *
   * @param agreement the agreement
   * @param site the site
   * @param measure the measure
   * @param trigger the trigger
   * @param risk the risk
   * @param incident the incident
   * @param dispute the dispute
   * @param equipment the equipment
   * @param post the post
   * @param body the body
   * @param guidance the guidance
   * @param learning the learning item
   * @param schedule the schedule
   */
  public Subject(
      Optional<String> agreement,
      Optional<String> site,
      Optional<String> measure,
      Optional<String> trigger,
      Optional<String> risk,
      Optional<String> incident,
      Optional<String> dispute,
      Optional<String> equipment,
      Optional<String> post,
      Optional<String> body,
      Optional<String> guidance,
      Optional<String> learning,
      Optional<String> schedule) {
    this(
        agreement,
        site,
        measure,
        trigger,
        risk,
        incident,
        dispute,
        equipment,
        post,
        body,
        guidance,
        learning,
        schedule,
        Optional.empty());
  }

  /**
   * A subject about none of the network's structure (no post, body, guidance, learning or
   * schedule).
   *
   * @param agreement the agreement
   * @param site the site
   * @param measure the measure
   * @param trigger the trigger
   * @param risk the risk
   * @param incident the incident
   * @param dispute the dispute
   * @param equipment the equipment
   */
  public Subject(
      Optional<String> agreement,
      Optional<String> site,
      Optional<String> measure,
      Optional<String> trigger,
      Optional<String> risk,
      Optional<String> incident,
      Optional<String> dispute,
      Optional<String> equipment) {
    this(
        agreement,
        site,
        measure,
        trigger,
        risk,
        incident,
        dispute,
        equipment,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@return an empty subject, to be filled with the {@code with} methods} */
  public static Subject none() {
    Optional<String> e = Optional.empty();
    return new Subject(e, e, e, e, e, e, e, e, e, e, e, e, e, e);
  }

  /**
   * {@return this subject with one field set}
   *
   * @param field one of {@link #FIELDS}
   * @param id the identifier
   */
  public Subject with(String field, Object id) {
    List<Optional<String>> parts = new ArrayList<>(parts());
    int i = FIELDS.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException("no subject field '" + field + "'");
    }
    parts.set(i, Optional.of(id.toString()));
    return new Subject(
        parts.get(0),
        parts.get(1),
        parts.get(2),
        parts.get(3),
        parts.get(4),
        parts.get(5),
        parts.get(6),
        parts.get(7),
        parts.get(8),
        parts.get(9),
        parts.get(10),
        parts.get(11),
        parts.get(12),
        parts.get(13));
  }

  /** {@return the parts in the order of {@link #FIELDS}} */
  public List<Optional<String>> parts() {
    return List.of(
        agreement, site, measure, trigger, risk, incident, dispute, equipment, post, body, guidance,
        learning, schedule, objective);
  }

  /**
   * Orders subjects by their ids as text, field by field; an absent id sorts before a present one.
   */
  public static final Comparator<Subject> ORDER =
      (a, b) -> {
        for (int i = 0; i < FIELDS.size(); i++) {
          Optional<String> x = a.parts().get(i);
          Optional<String> y = b.parts().get(i);
          int c =
              x.isEmpty() ? (y.isEmpty() ? 0 : -1) : y.isEmpty() ? 1 : x.get().compareTo(y.get());
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };

  /** {@return the present ids joined by commas} */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    parts().forEach(p -> p.ifPresent(ids::add));
    return String.join(", ", ids);
  }
}
