package org.networkedcare.metrics.cohort;

import java.util.Objects;

/**
 * A named state value, such as {@code cost} or {@code qaly}, and its discounting.
 *
 * <p>JSON: {@code {"name": "cost", "discountRate": 0.035}}; the rate is 0 when left out, and {@code
 * "discountFirst": true} asks for heemod's {@code first = TRUE}.
 *
 * @param name the value's name, unique in the model
 * @param discountRate the rate r per cycle: the value of cycle t is multiplied by (1 + r)^-(t - 1)
 * @param discountFirst whether the first cycle is discounted too, (1 + r)^-t (heemod's {@code first
 *     = TRUE}); false by default, as in heemod
 */
public record ValueDefinition(String name, double discountRate, boolean discountFirst) {

  /**
   * Checks the name is present; the model checks the rest, with paths.
   *
   * @param name the value's name
   * @param discountRate the rate per cycle
   * @param discountFirst whether the first cycle is discounted too
   */
  public ValueDefinition {
    Objects.requireNonNull(name, "name");
  }

  /**
   * A value whose first cycle is not discounted (heemod's default).
   *
   * @param name the value's name
   * @param discountRate the rate per cycle
   */
  public ValueDefinition(String name, double discountRate) {
    this(name, discountRate, false);
  }
}
