package org.networkedcare.core.organisation;

import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The role of an organisation, such as {@code nhs-trust} or {@code integrated-care-board}. The
 * roles that exist are those of reference data {@code ods-frames}, not a Java enum; the constants
 * here name the default ones for convenience. JSON: the identifier as a string.
 *
 * @param id the role's identifier
 */
public record OrganisationRole(String id) {

  /** An NHS trust. */
  public static final OrganisationRole NHS_TRUST = new OrganisationRole("nhs-trust");

  /** An NHS foundation trust. */
  public static final OrganisationRole NHS_FOUNDATION_TRUST =
      new OrganisationRole("nhs-foundation-trust");

  /** An integrated care board. */
  public static final OrganisationRole INTEGRATED_CARE_BOARD =
      new OrganisationRole("integrated-care-board");

  /** A sub-ICB location (the former CCG). */
  public static final OrganisationRole SUB_ICB_LOCATION = new OrganisationRole("sub-icb-location");

  /** A GP practice. */
  public static final OrganisationRole GP_PRACTICE = new OrganisationRole("gp-practice");

  /** An independent-sector provider. */
  public static final OrganisationRole INDEPENDENT_SECTOR_PROVIDER =
      new OrganisationRole("independent-sector-provider");

  /** Any other or unknown role. */
  public static final OrganisationRole OTHER = new OrganisationRole("other");

  /**
   * Checks the identifier ({@code id.format}, at path {@code ""}).
   *
   * @param id the role's identifier
   * @throws ValidationException if the identifier is missing or malformed
   */
  public OrganisationRole {
    Problems problems = Problems.collector();
    Checks.id(problems, id);
    problems.throwIfAny();
  }

  /**
   * {@return the role}
   *
   * @param id the role's identifier
   */
  public static OrganisationRole of(String id) {
    return new OrganisationRole(id);
  }

  /**
   * {@return whether the reference data in force knows this role}
   *
   * @param reference the reference data in force
   */
  public boolean isKnown(ReferenceData reference) {
    return reference.odsFrames().frame(id).isPresent();
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return id;
  }
}
