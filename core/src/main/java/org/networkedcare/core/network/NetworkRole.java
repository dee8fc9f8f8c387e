package org.networkedcare.core.network;

import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A network role. The values that exist are those of reference data {@code network-roles}, not a
 * Java enum; the constants here name default ones for convenience. JSON: the identifier as a
 * string.
 *
 * @param id the identifier
 */
public record NetworkRole(String id) {

  /** The default network role {@code centre}. */
  public static final NetworkRole CENTRE = new NetworkRole("centre");

  /** The default network role {@code host}. */
  public static final NetworkRole HOST = new NetworkRole("host");

  /** The default network role {@code spoke}. */
  public static final NetworkRole SPOKE = new NetworkRole("spoke");

  /** The default network role {@code lead-provider}. */
  public static final NetworkRole LEAD_PROVIDER = new NetworkRole("lead-provider");

  /** The default network role {@code member}. */
  public static final NetworkRole MEMBER = new NetworkRole("member");

  /** The default network role {@code commissioner}. */
  public static final NetworkRole COMMISSIONER = new NetworkRole("commissioner");

  /** The default network role {@code partner}. */
  public static final NetworkRole PARTNER = new NetworkRole("partner");

  /**
   * Checks the identifier ({@code id.format}, at path {@code ""}).
   *
   * @param id the identifier
   * @throws ValidationException if the identifier is missing or malformed
   */
  public NetworkRole {
    Problems problems = Problems.collector();
    Checks.id(problems, id);
    problems.throwIfAny();
  }

  /**
   * {@return the network role with this identifier}
   *
   * @param id the identifier
   */
  public static NetworkRole of(String id) {
    return new NetworkRole(id);
  }

  /**
   * {@return whether the reference data in force knows this network role}
   *
   * @param reference the reference data in force
   */
  public boolean isKnown(ReferenceData reference) {
    return reference.networkRoles().contains(id);
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return id;
  }
}
