package org.networkedcare.metrics.appraisal;

import java.util.List;
import java.util.Objects;
import org.networkedcare.core.validation.ValidationException;

/**
 * The path a measure is expected to take over a line's years, under an option or under the
 * counterfactual, in the measure's unit. Line year {@code i} counts from 1 in the line's first
 * year.
 *
 * <p>JSON: {@code "unchanged"} (the baseline value every year); {@code {"constant": q}}; {@code
 * {"target": q, "rampYears": k}} (a straight line from the baseline value, reaching the target in
 * line year {@code k} and staying there; {@code k = 0} reaches it at once); or an array of values,
 * one per line year. Every value is a {@link Quantity}.
 */
public sealed interface Trajectory
    permits Trajectory.Unchanged, Trajectory.Constant, Trajectory.Ramp, Trajectory.Yearly {

  /** The baseline value every year. */
  record Unchanged() implements Trajectory {

    /** Creates the trajectory. */
    public Unchanged {}
  }

  /**
   * The same value every year.
   *
   * @param value the value, in the measure's unit
   */
  record Constant(Quantity value) implements Trajectory {

    /**
     * Checks the value is present.
     *
     * @param value the value
     */
    public Constant {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A straight line from the baseline value to a target.
   *
   * @param target the value reached, in the measure's unit
   * @param rampYears the line year in which the target is reached, from 0
   */
  record Ramp(Quantity target, int rampYears) implements Trajectory {

    /**
     * Checks the parts.
     *
     * @param target the value reached
     * @param rampYears the line year in which it is reached, from 0
     * @throws ValidationException with {@code range} at {@code /rampYears} if it is negative
     */
    public Ramp {
      Objects.requireNonNull(target, "target");
      if (rampYears < 0 || rampYears > DiscountSchedule.MAX_YEAR) {
        throw new ValidationException(
            "/rampYears", "range", "rampYears is from 0 to " + DiscountSchedule.MAX_YEAR);
      }
    }
  }

  /**
   * One value per line year, from the line's first year.
   *
   * @param values the values, in the measure's unit
   */
  record Yearly(List<Quantity> values) implements Trajectory {

    /**
     * Copies the values.
     *
     * @param values the values, at least one
     * @throws ValidationException with {@code required} if there are none
     */
    public Yearly {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new ValidationException("", "required", "a yearly trajectory has at least one value");
      }
    }
  }
}
