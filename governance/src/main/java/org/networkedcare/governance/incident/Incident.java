package org.networkedcare.governance.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * A patient safety incident under the Patient Safety Incident Response Framework (2022): there is
 * no "serious incident" category, only the response chosen (reference data {@code
 * psirf-responses}).
 *
 * <p>JSON: {@code {"id": "INC-1", "date": "2024-07-10", "site": "RHA01", "reportedBy": "RHA",
 * "response": "after-action-review", "plan": "RCE", "actions": [{"id": "1", "description": "...",
 * "owner": Actor, "due": "2024-09-01", "completed": "2024-08-30"}]}}; {@code plan} defaults to the
 * party responsible for {@code incidents} under the agreement covering the site.
 *
 * @param id the incident's identifier
 * @param date the date it happened
 * @param site the site
 * @param reportedBy the reporting organisation
 * @param response the response type
 * @param plan the organisation whose response plan governs it, if stated
 * @param actions the learning actions
 */
public record Incident(
    String id,
    LocalDate date,
    OdsCode site,
    OdsCode reportedBy,
    String response,
    Optional<OdsCode> plan,
    List<Action> actions) {

  /**
   * A learning action.
   *
   * @param id the action's identifier
   * @param description what is to be done
   * @param owner who owns it
   * @param due when it is due
   * @param completed when it was completed, if it was
   */
  public record Action(
      String id, String description, Actor owner, LocalDate due, Optional<LocalDate> completed) {

    /**
     * Checks the parts are present.
     *
     * @param id the identifier
     * @param description the description
     * @param owner the owner
     * @param due the due date
     * @param completed the completion, if any
     */
    public Action {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("description").required(description);
      problems.at("owner").required(owner);
      problems.at("due").required(due);
      problems.at("completed").required(completed);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the parts are present.
   *
   * @param id the identifier
   * @param date the date
   * @param site the site
   * @param reportedBy the reporting organisation
   * @param response the response type
   * @param plan the governing plan's organisation, if stated
   * @param actions the actions
   */
  public Incident {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("date").required(date);
    problems.at("site").required(site);
    problems.at("reportedBy").required(reportedBy);
    problems.at("response").required(response);
    problems.at("plan").required(plan);
    if (problems.at("actions").required(actions)) {
      actions = List.copyOf(actions);
    }
    problems.throwIfAny();
  }
}
