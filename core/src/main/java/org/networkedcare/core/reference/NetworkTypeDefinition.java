package org.networkedcare.core.reference;

import java.util.Optional;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * One network type of reference data {@code network-types}.
 *
 * <p>JSON: {@code {"id": "lead-provider-collaborative", "name": "...", "exactlyOneRole":
 * "lead-provider"}}; {@code exactlyOneRole} is optional.
 *
 * @param id the type's identifier
 * @param name the readable name
 * @param exactlyOneRole a network role of which exactly one membership must be valid on every date
 *     of the network's life (a lead-provider collaborative's {@code lead-provider})
 */
public record NetworkTypeDefinition(String id, String name, Optional<String> exactlyOneRole) {

  /**
   * Checks the entry.
   *
   * @param id the type's identifier
   * @param name the readable name
   * @param exactlyOneRole the role needing exactly one valid membership, if any
   * @throws ValidationException with every problem
   */
  public NetworkTypeDefinition {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    if (problems.at("exactlyOneRole").required(exactlyOneRole)) {
      exactlyOneRole.ifPresent(r -> Checks.id(problems.at("exactlyOneRole"), r));
    }
    problems.throwIfAny();
  }

  /** {@return the identifier and, if any, the role needing exactly one membership} */
  @Override
  public String toString() {
    return id + exactlyOneRole.map(r -> " (exactly one " + r + ")").orElse("");
  }
}
