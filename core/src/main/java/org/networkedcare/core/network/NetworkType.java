package org.networkedcare.core.network;

import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A network type. The values that exist are those of reference data {@code network-types}, not a
 * Java enum; the constants here name default ones for convenience. JSON: the identifier as a
 * string.
 *
 * @param id the identifier
 */
public record NetworkType(String id) {

  /** The default network type {@code single-specialty-network}. */
  public static final NetworkType SINGLE_SPECIALTY_NETWORK =
      new NetworkType("single-specialty-network");

  /** The default network type {@code lead-provider-collaborative}. */
  public static final NetworkType LEAD_PROVIDER_COLLABORATIVE =
      new NetworkType("lead-provider-collaborative");

  /** The default network type {@code managed-clinical-network}. */
  public static final NetworkType MANAGED_CLINICAL_NETWORK =
      new NetworkType("managed-clinical-network");

  /**
   * Checks the identifier ({@code id.format}, at path {@code ""}).
   *
   * @param id the identifier
   * @throws ValidationException if the identifier is missing or malformed
   */
  public NetworkType {
    Problems problems = Problems.collector();
    Checks.id(problems, id);
    problems.throwIfAny();
  }

  /**
   * {@return the network type with this identifier}
   *
   * @param id the identifier
   */
  public static NetworkType of(String id) {
    return new NetworkType(id);
  }

  /**
   * {@return whether the reference data in force knows this network type}
   *
   * @param reference the reference data in force
   */
  public boolean isKnown(ReferenceData reference) {
    return reference.networkTypes().type(id).isPresent();
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return id;
  }
}
