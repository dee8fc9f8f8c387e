package org.networkedcare.core.network;

import java.time.LocalDate;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * That an organisation is a member of a network in a role over a half-open period. Memberships are
 * history: they are added, never edited.
 *
 * <p>JSON fields: {@code organisation} (ODS code), {@code role} (a network role), {@code validity}
 * ({@link DateRange}: {@code from}, optional {@code to}).
 *
 * @param organisation the member's ODS code
 * @param role the member's role in the network
 * @param validity when the membership holds
 */
public record NetworkMembership(OdsCode organisation, NetworkRole role, DateRange validity) {

  /**
   * Checks the membership: every part present ({@code required}).
   *
   * @param organisation the member's ODS code
   * @param role the member's role in the network
   * @param validity when the membership holds
   * @throws ValidationException with every problem
   */
  public NetworkMembership {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    problems.at("role").required(role);
    problems.at("validity").required(validity);
    problems.throwIfAny();
  }

  /**
   * {@return whether the membership holds on a date}
   *
   * @param date the date
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * {@return whether this membership and another are of the same organisation in the same role over
   * periods that share a date}
   *
   * @param other the other membership
   */
  public boolean overlaps(NetworkMembership other) {
    return organisation.equals(other.organisation)
        && role.equals(other.role)
        && validity.overlaps(other.validity);
  }

  /** {@return organisation, role and validity} */
  @Override
  public String toString() {
    return organisation + " as " + role + " " + validity;
  }
}
