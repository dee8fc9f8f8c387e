package org.networkedcare.core.reference;

import java.util.List;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A family of organisational forms (Dalton review): collaboration, contractual or consolidation,
 * and the forms inside it.
 *
 * <p>JSON: {@code {"id": "consolidation", "name": "...", "singleBoard": true, "forms": [Term,
 * ...]}}.
 *
 * @param id the family's identifier
 * @param name the readable name
 * @param singleBoard whether its forms have a single board (consolidation)
 * @param forms the forms inside the family, identifiers distinct
 */
public record FormFamily(String id, String name, boolean singleBoard, List<Term> forms) {

  /**
   * Checks the family.
   *
   * @param id the family's identifier
   * @param name the readable name
   * @param singleBoard whether its forms have a single board
   * @param forms the forms inside the family
   * @throws ValidationException with every problem
   */
  public FormFamily {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    if (problems.at("forms").required(forms)) {
      forms = List.copyOf(forms);
      ReferenceChecks.distinct(problems.at("forms"), forms, Term::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether a form belongs to this family}
   *
   * @param form the form's identifier
   */
  public boolean contains(String form) {
    return forms.stream().anyMatch(f -> f.id().equals(form));
  }

  /** {@return the identifier and forms} */
  @Override
  public String toString() {
    return id + (singleBoard ? " (single board) " : " ") + forms.stream().map(Term::id).toList();
  }
}
