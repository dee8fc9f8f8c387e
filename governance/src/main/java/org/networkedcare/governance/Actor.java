package org.networkedcare.governance;

import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * Who must act: a role at an organisation, such as the chief executive of {@code RCE}.
 *
 * <p>JSON: {@code {"organisation": "RCE", "role": "chief executive"}}.
 *
 * @param organisation the organisation's ODS code
 * @param role the role at the organisation
 */
public record Actor(OdsCode organisation, String role) {

  /**
   * Checks the parts are present and the role is not blank.
   *
   * @param organisation the organisation
   * @param role the role
   */
  public Actor {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    if (problems.at("role").required(role)) {
      problems.at("role").check(!role.isBlank(), "blank", "a role is named");
    }
    problems.throwIfAny();
  }

  /** {@return the role and the organisation, such as {@code chief executive at RCE}} */
  @Override
  public String toString() {
    return role + " at " + organisation;
  }
}
