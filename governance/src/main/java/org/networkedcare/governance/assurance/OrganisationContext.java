package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The pressure an organisation reported from a date: its OPEL level (reference data {@code
 * opel-levels}, 1 to 4) and its NHS Oversight Framework segment (reference data {@code
 * oversight-segments}, 1 to 4). Context only (spec section 5): findings whose actor is the
 * organisation show it, and it never changes a deadline. The record in force on a date is the
 * latest one from on or before it.
 *
 * <p>JSON: {@code {"organisation": "RHA", "from": "2024-09-01", "opelLevel": "3",
 * "oversightSegment": "2"}}; at least one of the two levels is given.
 *
 * @param organisation the organisation
 * @param from the date the levels apply from
 * @param opelLevel the OPEL level, if reported
 * @param oversightSegment the oversight segment, if known
 */
public record OrganisationContext(
    OdsCode organisation,
    LocalDate from,
    Optional<String> opelLevel,
    Optional<String> oversightSegment) {

  /**
   * Checks the parts: all present, and at least one level ({@code context.empty} at {@code
   * /opelLevel}); the levels are checked against reference data by the document.
   *
   * @param organisation the organisation
   * @param from the date the levels apply from
   * @param opelLevel the OPEL level, if reported
   * @param oversightSegment the oversight segment, if known
   * @throws ValidationException with every problem
   */
  public OrganisationContext {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    problems.at("from").required(from);
    boolean levels =
        problems.at("opelLevel").required(opelLevel)
            & problems.at("oversightSegment").required(oversightSegment);
    if (levels) {
      problems
          .at("opelLevel")
          .check(
              opelLevel.isPresent() || oversightSegment.isPresent(),
              "context.empty",
              "a context record gives an OPEL level, an oversight segment or both");
    }
    problems.throwIfAny();
  }
}
