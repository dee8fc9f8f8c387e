package org.networkedcare.metrics.uncertainty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Costs and effects of several options over the draws of a probabilistic sensitivity analysis: the
 * input of every cost-effectiveness output in this package. Immutable.
 *
 * <p>Costs are money (for example pounds, all in one price base and discounted alike); effects are
 * health units (for example QALYs). Row {@code d} of each matrix is draw {@code d}; column {@code
 * j} is option {@code j}. A sample of one draw is a deterministic comparison. The order of the
 * options matters: ties in "which option is best" go to the option given first.
 */
public final class CostEffectivenessSample {

  /**
   * The largest magnitude of a cost or an effect (1e18: beyond any money held in pence as a long).
   */
  public static final double MAX_VALUE = 1e18;

  /** At most this many cell problems are listed one by one; the rest are counted. */
  private static final int LISTED_CELL_PROBLEMS = 20;

  private final List<String> options;
  private final Map<String, Integer> index;
  private final int draws;
  private final double[] costs;
  private final double[] effects;
  private final double[] meanCosts;
  private final double[] meanEffects;

  private CostEffectivenessSample(
      List<String> options, int draws, double[] costs, double[] effects) {
    this.options = List.copyOf(options);
    this.index = new HashMap<>();
    for (int j = 0; j < options.size(); j++) {
      index.put(options.get(j), j);
    }
    this.draws = draws;
    this.costs = costs;
    this.effects = effects;
    int m = options.size();
    this.meanCosts = new double[m];
    this.meanEffects = new double[m];
    for (int j = 0; j < m; j++) {
      meanCosts[j] = Sums.mean(costs, j, m, draws);
      meanEffects[j] = Sums.mean(effects, j, m, draws);
    }
  }

  /**
   * Creates a sample, copying the arrays.
   *
   * @param options option names, at least one, none blank, no two equal; their order is the
   *     tie-breaking order
   * @param costs {@code costs[draw][option]}, money; at least one draw, every row as long as {@code
   *     options}, every value finite
   * @param effects {@code effects[draw][option]}, health units; as many draws as {@code costs}, the
   *     same shape, every value finite
   * @return the sample
   * @throws ValidationException listing every problem found
   * @throws NullPointerException if an argument is null
   */
  public static CostEffectivenessSample of(
      List<String> options, double[][] costs, double[][] effects) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(effects, "effects");
    Problems problems = Problems.collector();
    checkOptions(options, problems.at("options"));
    int m = options.size();
    if (costs.length == 0) {
      problems
          .at("costs")
          .add("empty", "there are no draws; one draw is a deterministic comparison");
    }
    if (effects.length != costs.length) {
      problems
          .at("effects")
          .add(
              "draws.mismatch",
              "there are "
                  + effects.length
                  + " draws of effects and "
                  + costs.length
                  + " of costs");
    }
    double[] flatCosts = flatten(costs, m, problems.at("costs"));
    double[] flatEffects = flatten(effects, m, problems.at("effects"));
    problems.throwIfAny();
    return new CostEffectivenessSample(options, costs.length, flatCosts, flatEffects);
  }

  static void checkOptions(List<String> options, Problems problems) {
    if (options.isEmpty()) {
      problems.add("empty", "there are no options");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < options.size(); j++) {
      String name = options.get(j);
      Problems at = problems.at(j);
      if (!at.required(name)) {
        continue;
      }
      if (name.isBlank()) {
        at.add("blank", "an option name is blank");
      } else {
        Integer first = seen.putIfAbsent(name, j);
        if (first != null) {
          at.add("duplicate", "option '" + name + "' is also option " + first);
        }
      }
    }
  }

  private static double[] flatten(double[][] rows, int m, Problems problems) {
    double[] flat = new double[Math.multiplyExact(rows.length, m)];
    int bad = 0;
    for (int d = 0; d < rows.length; d++) {
      double[] row = rows[d];
      if (row == null || row.length != m) {
        if (++bad <= LISTED_CELL_PROBLEMS) {
          problems
              .at(d)
              .add(
                  "row.length",
                  "draw "
                      + d
                      + " has "
                      + (row == null ? "no" : String.valueOf(row.length))
                      + " values; there are "
                      + m
                      + " options");
        }
        continue;
      }
      for (int j = 0; j < m; j++) {
        double v = row[j];
        if (isBad(v) && ++bad <= LISTED_CELL_PROBLEMS) {
          describe(v, problems.at(d).at(j));
        }
        flat[d * m + j] = v;
      }
    }
    more(bad, problems);
    return flat;
  }

  /** {@return whether a cost or effect is not finite or beyond {@link #MAX_VALUE}} */
  static boolean isBad(double v) {
    return !Double.isFinite(v) || Math.abs(v) > MAX_VALUE;
  }

  /** Records the problem of a bad value ({@link #isBad}) at its place. */
  static void describe(double v, Problems at) {
    if (!Double.isFinite(v)) {
      at.add("not.finite", "value " + v + " is not a finite number");
    } else {
      at.add(
          "range",
          "value " + v + " is beyond +/-" + MAX_VALUE + ", where net benefits would overflow");
    }
  }

  /** Counts the bad values of a matrix beyond those listed one by one. */
  static void more(int bad, Problems matrix) {
    if (bad > LISTED_CELL_PROBLEMS) {
      matrix.add("more", (bad - LISTED_CELL_PROBLEMS) + " more problems like the above");
    }
  }

  /** {@return whether another bad value, the {@code bad}-th, is listed one by one} */
  static boolean listed(int bad) {
    return bad <= LISTED_CELL_PROBLEMS;
  }

  /** {@return the option names, in the given order} */
  public List<String> options() {
    return options;
  }

  /** {@return the number of options} */
  public int optionCount() {
    return options.size();
  }

  /** {@return the number of draws; 1 for a deterministic comparison} */
  public int draws() {
    return draws;
  }

  /**
   * {@return the position of an option in the given order, or empty when there is no such option}
   *
   * @param option an option name
   */
  public OptionalInt indexOf(String option) {
    Integer j = index.get(Objects.requireNonNull(option, "option"));
    return j == null ? OptionalInt.empty() : OptionalInt.of(j);
  }

  /**
   * {@return the cost of an option in one draw, money}
   *
   * @param draw the draw, from 0
   * @param option the option's position, from 0
   */
  public double cost(int draw, int option) {
    return costs[cell(draw, option)];
  }

  /**
   * {@return the effect of an option in one draw, health units}
   *
   * @param draw the draw, from 0
   * @param option the option's position, from 0
   */
  public double effect(int draw, int option) {
    return effects[cell(draw, option)];
  }

  /**
   * {@return the mean cost of an option over the draws, money} Summed with compensation.
   *
   * @param option the option's position, from 0
   */
  public double meanCost(int option) {
    return meanCosts[Objects.checkIndex(option, meanCosts.length)];
  }

  /**
   * {@return the mean effect of an option over the draws, health units} Summed with compensation.
   *
   * @param option the option's position, from 0
   */
  public double meanEffect(int option) {
    return meanEffects[Objects.checkIndex(option, meanEffects.length)];
  }

  private int cell(int draw, int option) {
    Objects.checkIndex(draw, draws);
    Objects.checkIndex(option, options.size());
    return draw * options.size() + option;
  }

  /** {@return the costs, row-major {@code [draw * options + option]}; not a copy, do not modify} */
  double[] costsArray() {
    return costs;
  }

  /**
   * {@return the effects, row-major {@code [draw * options + option]}; not a copy, do not modify}
   */
  double[] effectsArray() {
    return effects;
  }
}
