package org.networkedcare.core.reference;

import java.util.List;
import java.util.stream.Collectors;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A versioned reference list of terms, such as {@code network-roles} or {@code
 * health-service-body-roles}.
 *
 * <p>JSON: {@code {"id": "network-roles", "version": "2026.1", "terms": [Term, ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param terms the terms, in order, with distinct identifiers
 */
public record Vocabulary(String id, String version, List<Term> terms) {

  /**
   * Checks the list: identifier, non-blank version, terms with distinct identifiers ({@code
   * id.duplicate} at {@code /terms/i/id}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param terms the terms
   * @throws ValidationException with every problem
   */
  public Vocabulary {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("terms").required(terms)) {
      terms = List.copyOf(terms);
      ReferenceChecks.distinct(problems.at("terms"), terms, Term::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether a term has this identifier}
   *
   * @param termId the identifier
   */
  public boolean contains(String termId) {
    return terms.stream().anyMatch(t -> t.id().equals(termId));
  }

  /** {@return the identifiers of the terms, in order} */
  public List<String> ids() {
    return terms.stream().map(Term::id).toList();
  }

  /** {@return the identifier, version and term identifiers} */
  @Override
  public String toString() {
    return id
        + "@"
        + version
        + terms.stream().map(Term::id).collect(Collectors.joining(", ", " [", "]"));
  }
}
