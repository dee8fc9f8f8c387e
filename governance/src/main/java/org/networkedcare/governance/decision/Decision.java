package org.networkedcare.governance.decision;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.validation.Problems;

/**
 * A decision of a network's body or post about one item (a finding's subject): when, the outcome,
 * and the actions it set. A decision dated after the evaluation date is not known at that date.
 *
 * @param id the decision's identifier, unique in its document
 * @param decidedBy the body or post that decided
 * @param date the date of the decision
 * @param about the item decided about
 * @param outcome what was decided
 * @param actions the actions set, in order
 * @param note what the minutes say, if anything
 */
public record Decision(
    String id,
    DecisionMaker decidedBy,
    LocalDate date,
    ItemRef about,
    DecisionOutcome outcome,
    List<DecisionAction> actions,
    Optional<String> note) {

  /**
   * Checks the parts: action ids unique ({@code decision.action.id}), no action due before the
   * decision ({@code decision.action.due}), and an {@code act} decision sets at least one action
   * ({@code decision.act}).
   *
   * @param id the identifier
   * @param decidedBy who decided
   * @param date the date
   * @param about the item
   * @param outcome the outcome
   * @param actions the actions
   * @param note a note, if any
   */
  public Decision {
    Problems problems = Problems.collector();
    if (problems.at("id").required(id)) {
      problems.at("id").check(!id.isBlank(), "blank", "a decision has an id");
    }
    problems.at("decidedBy").required(decidedBy);
    problems.at("date").required(date);
    problems.at("about").required(about);
    problems.at("outcome").required(outcome);
    problems.at("note").required(note);
    if (problems.at("actions").required(actions)) {
      actions = List.copyOf(actions);
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < actions.size(); i++) {
        DecisionAction a = actions.get(i);
        problems
            .at("actions")
            .at(i)
            .at("id")
            .check(
                ids.add(a.id()),
                "decision.action.id",
                "the action id '" + a.id() + "' is used twice");
        if (date != null) {
          problems
              .at("actions")
              .at(i)
              .at("due")
              .check(
                  !a.due().isBefore(date),
                  "decision.action.due",
                  "the action is due " + a.due() + ", before the decision of " + date);
        }
      }
      if (outcome == DecisionOutcome.ACT) {
        problems
            .at("actions")
            .check(
                !actions.isEmpty(), "decision.act", "an 'act' decision sets at least one action");
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether the decision is known at a date}: dated on or before it
   *
   * @param asOf the date
   */
  public boolean knownOn(LocalDate asOf) {
    return !date.isAfter(asOf);
  }
}
