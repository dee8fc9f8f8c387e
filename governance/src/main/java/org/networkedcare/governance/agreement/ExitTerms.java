package org.networkedcare.governance.agreement;

import java.util.List;
import org.networkedcare.core.validation.Problems;

/**
 * What happens at exit or opt-out: who keeps staff, equipment and activity, and the red-line
 * consequences (reference data {@code red-line-consequences}) the agreement allows.
 *
 * <p>JSON: {@code {"staff": "provider", "equipment": "provider", "activity": "host",
 * "allowedConsequences": ["review", "suspend-service", "terminate"], "notes": "..."}}.
 *
 * @param staff who keeps the staff
 * @param equipment who keeps the equipment
 * @param activity who keeps the activity
 * @param allowedConsequences the red-line consequences allowed
 * @param notes anything else agreed
 */
public record ExitTerms(
    String staff,
    String equipment,
    String activity,
    List<String> allowedConsequences,
    String notes) {

  /**
   * Checks the parts are present.
   *
   * @param staff who keeps the staff
   * @param equipment who keeps the equipment
   * @param activity who keeps the activity
   * @param allowedConsequences the consequences allowed
   * @param notes notes
   */
  public ExitTerms {
    Problems problems = Problems.collector();
    problems.at("staff").required(staff);
    problems.at("equipment").required(equipment);
    problems.at("activity").required(activity);
    if (problems.at("allowedConsequences").required(allowedConsequences)) {
      allowedConsequences = List.copyOf(allowedConsequences);
    }
    problems.at("notes").required(notes);
    problems.throwIfAny();
  }
}
