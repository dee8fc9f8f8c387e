package org.networkedcare.metrics.cohort;

import java.util.Objects;

/**
 * A named state value, such as {@code cost} or {@code qaly}, and its discount rate per cycle.
 *
 * <p>JSON: {@code {"name": "cost", "discountRate": 0.035}}; the rate is 0 when left out.
 *
 * @param name the value's name, unique in the model
 * @param discountRate the rate r per cycle: the value of cycle t is multiplied by (1 + r)^-(t - 1)
 */
public record ValueDefinition(String name, double discountRate) {

  /**
   * Checks the name is present; the model checks the rest, with paths.
   *
   * @param name the value's name
   * @param discountRate the rate per cycle
   */
  public ValueDefinition {
    Objects.requireNonNull(name, "name");
  }
}
