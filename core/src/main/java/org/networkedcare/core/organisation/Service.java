package org.networkedcare.core.organisation;

import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A clinical service: a specialty or sub-specialty such as {@code cataract} or {@code
 * medical-retina}.
 *
 * <p>JSON fields: {@code id}, {@code name}.
 *
 * @param id the service's identifier
 * @param name the service's name
 */
public record Service(String id, String name) {

  /**
   * Checks the service: an identifier ({@code id.format}) and a non-blank name ({@code blank}).
   *
   * @param id the service's identifier
   * @param name the service's name
   * @throws ValidationException with every problem, at {@code /id} and {@code /name}
   */
  public Service {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    problems.throwIfAny();
  }

  /** {@return identifier and name} */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
