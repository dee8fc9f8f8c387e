package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number an appraisal uses: either fixed, or the name of one of the appraisal's {@link
 * Parameter}s. Naming a parameter is how an input is made uncertain: one-way sensitivity, switching
 * values, scenarios and Monte Carlo vary parameters by name and leave fixed numbers alone.
 *
 * <p>JSON: a number ({@code 120000}) is fixed; a string ({@code "dna-rate-option"}) names a
 * parameter.
 */
public sealed interface Quantity permits Quantity.Fixed, Quantity.Named {

  /**
   * A fixed number.
   *
   * @param value the number
   */
  record Fixed(BigDecimal value) implements Quantity {

    /**
     * Checks the number is present.
     *
     * @param value the number
     */
    public Fixed {
      Objects.requireNonNull(value, "value");
    }

    /** {@return the number in plain notation} */
    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * A reference to a named parameter.
   *
   * @param parameter the parameter's name
   */
  record Named(String parameter) implements Quantity {

    /**
     * Checks the name is present.
     *
     * @param parameter the parameter's name
     */
    public Named {
      Objects.requireNonNull(parameter, "parameter");
    }

    /** {@return the parameter's name} */
    @Override
    public String toString() {
      return parameter;
    }
  }

  /**
   * {@return a fixed number}
   *
   * @param value the number
   */
  static Quantity of(BigDecimal value) {
    return new Fixed(value);
  }

  /**
   * {@return a fixed number given as decimal text, such as {@code "0.035"}}
   *
   * @param value the number as text
   */
  static Quantity of(String value) {
    return new Fixed(new BigDecimal(value));
  }

  /**
   * {@return a fixed whole number}
   *
   * @param value the number
   */
  static Quantity of(long value) {
    return new Fixed(BigDecimal.valueOf(value));
  }

  /**
   * {@return a reference to a named parameter}
   *
   * @param name the parameter's name
   */
  static Quantity parameter(String name) {
    return new Named(name);
  }
}
