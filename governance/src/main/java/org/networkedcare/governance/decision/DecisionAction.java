package org.networkedcare.governance.decision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * An action a decision set: who owns it, by when, and where it stands. A completion date is known
 * only from that date: an action done after the evaluation date is still open at it.
 *
 * @param id the action's identifier, unique within its decision
 * @param description what is to be done
 * @param owner who owns it
 * @param due when it is due
 * @param status where it stands
 * @param completed when it was done, for a done action only
 * @param ownerPost the post of the network's structure that owns it, if named: its findings then
 *     name that post's actor (its title at its employer, or its line's for a partner's post)
 */
public record DecisionAction(
    String id,
    String description,
    Actor owner,
    LocalDate due,
    Status status,
    Optional<LocalDate> completed,
    Optional<String> ownerPost) {

  /** Where an action stands. */
  public enum Status {
    /** Not done. */
    OPEN("open"),
    /** Done, on its completion date. */
    DONE("done"),
    /** No longer wanted; never overdue. */
    CANCELLED("cancelled");

    private final String id;

    Status(String id) {
      this.id = id;
    }

    /** {@return the identifier documents use} */
    public String id() {
      return id;
    }

    /** {@return the statuses by identifier} */
    public static Map<String, Status> byId() {
      Map<String, Status> map = new LinkedHashMap<>();
      for (Status s : values()) {
        map.put(s.id, s);
      }
      return map;
    }
  }

  /**
   * Checks the parts: a done action has its completion date, no other has one ({@code
   * decision.action.completed}).
   *
   * @param id the identifier
   * @param description the description
   * @param owner the owner
   * @param due the due date
   * @param status the status
   * @param completed the completion, done actions only
   * @param ownerPost the owning post, if named
   */
  public DecisionAction {
    Problems problems = Problems.collector();
    if (problems.at("id").required(id)) {
      problems.at("id").check(!id.isBlank(), "blank", "an action has an id");
    }
    problems.at("description").required(description);
    problems.at("owner").required(owner);
    problems.at("due").required(due);
    if (problems.at("status").required(status) & problems.at("completed").required(completed)) {
      problems
          .at("completed")
          .check(
              completed.isPresent() == (status == Status.DONE),
              "decision.action.completed",
              status == Status.DONE
                  ? "a done action gives its completion date"
                  : "only a done action has a completion date");
    }
    if (problems.at("ownerPost").required(ownerPost)) {
      ownerPost.ifPresent(
          x -> problems.at("owner").at("post").check(!x.isBlank(), "blank", "a post is named"));
    }
    problems.throwIfAny();
  }

  /**
   * An action owned by a role at an organisation, no post named.
   *
   * @param id the identifier
   * @param description the description
   * @param owner the owner
   * @param due the due date
   * @param status the status
   * @param completed the completion, done actions only
   */
  public DecisionAction(
      String id,
      String description,
      Actor owner,
      LocalDate due,
      Status status,
      Optional<LocalDate> completed) {
    this(id, description, owner, due, status, completed, Optional.empty());
  }

  /**
   * {@return whether the action is done by a date}: done, with its completion on or before it
   *
   * @param date the date
   */
  public boolean doneBy(LocalDate date) {
    return completed.filter(c -> !c.isAfter(date)).isPresent();
  }
}
