package org.networkedcare.governance.escalation;

import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A record that a trigger's episode at a site was resolved on a date. It applies to the episode of
 * that trigger at that site that was open on the resolution date; a resolution dated after the
 * evaluation date is not known at that date.
 *
 * <p>JSON: {@code {"agreement": "A1", "trigger": "T2", "site": "RHA01", "resolvedOn": "2024-07-05",
 * "note": "..."}}.
 *
 * @param agreement the agreement's identifier
 * @param trigger the trigger's identifier
 * @param site the site
 * @param resolvedOn the date of resolution
 * @param note what was done
 */
public record EscalationRecord(
    String agreement, String trigger, OdsCode site, LocalDate resolvedOn, Optional<String> note) {

  /**
   * Checks the parts are present.
   *
   * @param agreement the agreement
   * @param trigger the trigger
   * @param site the site
   * @param resolvedOn the resolution date
   * @param note a note, if any
   */
  public EscalationRecord {
    Problems problems = Problems.collector();
    problems.at("agreement").required(agreement);
    problems.at("trigger").required(trigger);
    problems.at("site").required(site);
    problems.at("resolvedOn").required(resolvedOn);
    problems.at("note").required(note);
    problems.throwIfAny();
  }
}
