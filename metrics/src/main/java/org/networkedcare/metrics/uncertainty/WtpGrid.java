package org.networkedcare.metrics.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Willingness-to-pay values (money per unit of effect, for example pounds per QALY) at which the
 * acceptability outputs are computed. Immutable; at least one value, all finite, no two equal; kept
 * in the order given (results are reported in that order).
 */
public final class WtpGrid {

  /** The largest grid accepted, so that a mistyped step cannot exhaust memory. */
  public static final int MAX_SIZE = 1_000_000;

  /**
   * The largest magnitude of a willingness to pay (1e15 per unit of effect), so that {@code wtp x
   * effect - cost} stays finite for every sample ({@link CostEffectivenessSample#MAX_VALUE}).
   */
  public static final double MAX_WTP = 1e15;

  private final double[] values;

  private WtpGrid(double[] values) {
    this.values = values;
  }

  /**
   * Creates a grid from values in the order given.
   *
   * @param values at least one, each finite, no two equal (0.0 and -0.0 are equal)
   * @return the grid
   * @throws ValidationException listing every problem found
   */
  public static WtpGrid of(double... values) {
    Objects.requireNonNull(values, "values");
    Problems problems = Problems.collector();
    if (values.length == 0) {
      problems.add("empty", "the willingness-to-pay grid has no values");
    }
    if (values.length > MAX_SIZE) {
      problems.add("too.large", values.length + " willingness-to-pay values; at most " + MAX_SIZE);
    }
    Map<Double, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        problems.at(i).add("not.finite", "willingness to pay " + v + " is not a finite number");
        continue;
      }
      if (Math.abs(v) > MAX_WTP) {
        problems
            .at(i)
            .add(
                "range",
                "willingness to pay " + v + " is beyond +/-" + MAX_WTP + " per unit of effect");
        continue;
      }
      Integer first = seen.putIfAbsent(v == 0.0 ? 0.0 : v, i);
      if (first != null) {
        problems.at(i).add("duplicate", "willingness to pay " + v + " is also value " + first);
      }
    }
    problems.throwIfAny();
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = copy[i] + 0.0; // -0.0 becomes 0.0
    }
    return new WtpGrid(copy);
  }

  /**
   * Creates the grid {@code from, from + step, ...} up to and including {@code to}, as R's {@code
   * seq(from, to, by = step)} does: value {@code i} is {@code from + i * step} (a multiplication,
   * so errors do not accumulate), there are {@code floor((to - from) / step + 1e-10) + 1} values,
   * and none exceeds {@code to}. {@code range(0, 100000, 1000)} has 101 values.
   *
   * @param from the first value
   * @param to the last value when {@code to - from} is a whole number of steps; not less than
   *     {@code from}
   * @param step the spacing, greater than 0
   * @return the grid
   * @throws ValidationException listing every problem found
   */
  public static WtpGrid range(double from, double to, double step) {
    Problems problems = Problems.collector();
    problems
        .at("from")
        .check(Double.isFinite(from), "not.finite", "from " + from + " is not a finite number");
    problems
        .at("to")
        .check(Double.isFinite(to), "not.finite", "to " + to + " is not a finite number");
    problems
        .at("from")
        .check(!(Math.abs(from) > MAX_WTP), "range", "from " + from + " is beyond +/-" + MAX_WTP);
    problems
        .at("to")
        .check(!(Math.abs(to) > MAX_WTP), "range", "to " + to + " is beyond +/-" + MAX_WTP);
    problems
        .at("step")
        .check(
            Double.isFinite(step) && step > 0,
            "not.positive",
            "step " + step + " is not a finite number above 0");
    problems.throwIfAny();
    if (to < from) {
      throw new ValidationException(
          "/to", "empty", "to " + to + " is less than from " + from + ": the grid is empty");
    }
    double steps = (to - from) / step;
    if (!(steps + 1e-10 < MAX_SIZE)) {
      throw new ValidationException(
          "/step",
          "too.large",
          "from "
              + from
              + " to "
              + to
              + " by "
              + step
              + " gives more than "
              + MAX_SIZE
              + " values");
    }
    int n = (int) Math.floor(steps + 1e-10) + 1;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.min(from + i * step, to);
    }
    return of(values);
  }

  /** {@return the number of values} */
  public int size() {
    return values.length;
  }

  /**
   * {@return one value, money per unit of effect}
   *
   * @param i the position, from 0, in the order given
   */
  public double get(int i) {
    return values[Objects.checkIndex(i, values.length)];
  }

  /** {@return the values in the order given, as a new array} */
  public double[] toArray() {
    return values.clone();
  }

  /** {@return the values, not a copy} */
  double[] values() {
    return values;
  }

  /** {@return the values, for example {@code [0.0, 1000.0]}} */
  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
