package org.networkedcare.core.reference;

import java.util.List;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reference data {@code organisational-forms}: the Dalton families with their forms, and the legal
 * vehicles a form may use.
 *
 * <p>JSON: {@code {"id": "organisational-forms", "version": "...", "families": [FormFamily, ...],
 * "legalVehicles": [Term, ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param families the families, identifiers distinct
 * @param legalVehicles the legal vehicles, identifiers distinct
 */
public record OrganisationalForms(
    String id, String version, List<FormFamily> families, List<Term> legalVehicles) {

  /**
   * Checks the data: distinct identifiers ({@code id.duplicate}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param families the families
   * @param legalVehicles the legal vehicles
   * @throws ValidationException with every problem
   */
  public OrganisationalForms {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("families").required(families)) {
      families = List.copyOf(families);
      ReferenceChecks.distinct(problems.at("families"), families, FormFamily::id, "id");
    }
    if (problems.at("legalVehicles").required(legalVehicles)) {
      legalVehicles = List.copyOf(legalVehicles);
      ReferenceChecks.distinct(problems.at("legalVehicles"), legalVehicles, Term::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return a family, if known}
   *
   * @param familyId the family's identifier
   */
  public Optional<FormFamily> family(String familyId) {
    return families.stream().filter(f -> f.id().equals(familyId)).findFirst();
  }

  /**
   * {@return the family a form belongs to, if the form is known}
   *
   * @param form the form's identifier
   */
  public Optional<FormFamily> familyOf(String form) {
    return families.stream().filter(f -> f.contains(form)).findFirst();
  }

  /**
   * {@return whether a legal vehicle is known}
   *
   * @param vehicle the vehicle's identifier
   */
  public boolean hasLegalVehicle(String vehicle) {
    return legalVehicles.stream().anyMatch(v -> v.id().equals(vehicle));
  }

  /** {@return the identifier, version and families} */
  @Override
  public String toString() {
    return id + "@" + version + " " + families;
  }
}
