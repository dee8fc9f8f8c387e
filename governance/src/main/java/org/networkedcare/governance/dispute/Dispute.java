package org.networkedcare.governance.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A dispute under an agreement, following the dispute route its legal character implies (reference
 * data {@code dispute-routes}).
 *
 * <p>JSON: {@code {"id": "D1", "agreement": "A1", "raisedBy": "RHA", "raisedOn": "2024-08-19",
 * "issue": "...", "stages": [{"stage": "negotiation", "start": "2024-08-19", "end": "...",
 * "outcome": "..."}]}}.
 *
 * @param id the dispute's identifier
 * @param agreement the agreement's identifier
 * @param raisedBy the party that raised it
 * @param raisedOn the date raised
 * @param issue what it is about
 * @param stages the stage records, in order
 */
public record Dispute(
    String id,
    String agreement,
    OdsCode raisedBy,
    LocalDate raisedOn,
    String issue,
    List<StageRecord> stages) {

  /**
   * One stage of a dispute.
   *
   * @param stage the stage's identifier in the route
   * @param start the start date
   * @param end the end date, if it ended
   * @param outcome the outcome, if any
   */
  public record StageRecord(
      String stage, LocalDate start, Optional<LocalDate> end, Optional<String> outcome) {

    /**
     * Checks the stage: parts present, the end not before the start ({@code dispute.stages}).
     *
     * @param stage the stage
     * @param start the start
     * @param end the end, if any
     * @param outcome the outcome, if any
     */
    public StageRecord {
      Problems problems = Problems.collector();
      problems.at("stage").required(stage);
      boolean dates = problems.at("start").required(start) & problems.at("end").required(end);
      problems.at("outcome").required(outcome);
      if (dates && end.isPresent()) {
        problems
            .at("end")
            .check(
                !end.get().isBefore(start), "dispute.stages", "a stage ends on or after its start");
      }
      problems.throwIfAny();
    }
  }

  /**
   * Checks the dispute: parts present; every stage but the last has ended, each starts on or after
   * the previous one ended ({@code dispute.stages}). Whether the stages follow the route is checked
   * by the governance document, which knows the agreement.
   *
   * @param id the identifier
   * @param agreement the agreement
   * @param raisedBy who raised it
   * @param raisedOn when
   * @param issue the issue
   * @param stages the stages
   */
  public Dispute {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("agreement").required(agreement);
    problems.at("raisedBy").required(raisedBy);
    problems.at("raisedOn").required(raisedOn);
    problems.at("issue").required(issue);
    if (problems.at("stages").required(stages)) {
      stages = List.copyOf(stages);
      for (int i = 1; i < stages.size(); i++) {
        StageRecord previous = stages.get(i - 1);
        Problems at = problems.at("stages").at(i).at("start");
        if (previous.end().isEmpty()) {
          at.add("dispute.stages", "a stage starts only after the previous one ended");
        } else {
          at.check(
              !stages.get(i).start().isBefore(previous.end().get()),
              "dispute.stages",
              "a stage starts on or after the previous one ended, " + previous.end().get());
        }
      }
    }
    problems.throwIfAny();
  }
}
