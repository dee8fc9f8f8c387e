package org.networkedcare.core.reference;

import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * One entry of a reference vocabulary: a stable identifier and a readable name.
 *
 * <p>JSON: {@code {"id": "host", "name": "host"}}.
 *
 * @param id the stable identifier, such as {@code host}
 * @param name the readable name
 */
public record Term(String id, String name) {

  /**
   * Checks the entry: an identifier ({@code id.format}) and a non-blank name.
   *
   * @param id the stable identifier
   * @param name the readable name
   * @throws ValidationException with every problem, at {@code /id} and {@code /name}
   */
  public Term {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    problems.throwIfAny();
  }

  /** {@return the identifier and the name} */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
