package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A named set of parameter values, every parameter not named staying at its central value. When an
 * appraisal names no scenarios, the calculator reports {@code pessimistic}, {@code central} and
 * {@code optimistic} built from each parameter's low and high values (for each option, whichever of
 * the two gives the lower, or higher, NPSV).
 *
 * <p>JSON: {@code {"name": "pessimistic", "description": "...", "parameters": {"dna-rate-option":
 * 0.10}}}.
 *
 * @param name the scenario's name
 * @param description what it represents
 * @param parameters the values it gives named parameters
 */
public record Scenario(String name, String description, Map<String, BigDecimal> parameters) {

  /**
   * Copies the parts.
   *
   * @param name the name
   * @param description what it represents
   * @param parameters values by parameter name
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = Map.copyOf(parameters);
  }
}
