package org.networkedcare.governance.agreement;

import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * Who is responsible for one area (reference data {@code responsibility-areas}), and optionally who
 * is consulted.
 *
 * <p>JSON: {@code {"area": "incidents", "responsible": "RCE", "consulted": "RHA"}}.
 *
 * @param area the area's identifier
 * @param responsible the responsible party
 * @param consulted the party consulted, if any
 */
public record Responsibility(String area, OdsCode responsible, Optional<OdsCode> consulted) {

  /**
   * Checks the parts are present.
   *
   * @param area the area
   * @param responsible the responsible party
   * @param consulted the party consulted, if any
   */
  public Responsibility {
    Problems problems = Problems.collector();
    problems.at("area").required(area);
    problems.at("responsible").required(responsible);
    problems.at("consulted").required(consulted);
    problems.throwIfAny();
  }
}
