package org.networkedcare.core.organisation;

import java.util.List;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;

/**
 * A partner of a network that has no ODS code, identified by a {@link PartnerId} of the local
 * scheme: a charity, a patient group, a social care provider, a university, an independent-sector
 * provider not coded, or another body. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"id": "local:sight-support", "name": "Sight Support", "kind": "charity"}}.
 *
 * @param id the local identifier
 * @param name the partner's name
 * @param kind one of {@link #KINDS}
 */
public record Partner(PartnerId id, String name, String kind) {

  /** The kinds of partner, in the order they are listed. */
  public static final List<String> KINDS =
      List.of(
          "charity",
          "patient-group",
          "social-care",
          "university",
          "independent-sector",
          "local-authority",
          "other");

  /**
   * Checks every part ({@code partner.kind} for a kind not listed).
   *
   * @param id the identifier
   * @param name the name
   * @param kind the kind
   */
  public Partner {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    Checks.name(problems.at("name"), name);
    if (problems.at("kind").required(kind)) {
      problems
          .at("kind")
          .check(
              KINDS.contains(kind),
              "unknown-value",
              "'" + kind + "' is not one of: " + String.join(", ", KINDS));
    }
    problems.throwIfAny();
  }
}
