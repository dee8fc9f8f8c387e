package org.networkedcare.metrics.uncertainty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.networkedcare.metrics.appraisal.PreparedAppraisal;

/**
 * The draws of a probabilistic sensitivity analysis and their summaries: for each draw the
 * parameter values, each network option's NPSV and each organisation's net benefit against the
 * counterfactual and, when the appraisal has health effects, each option's cost and QALYs (every
 * option, the counterfactual included, in the order given). Every number is unrounded pounds (or
 * QALYs). Summaries are computed on request, in draw-index order.
 *
 * <p>Percentiles are of type 7 (R's default, numpy's {@code linear}): with the n values sorted, the
 * q-th percentile is at position {@code h = (n - 1) q}, interpolated linearly between the values at
 * {@code floor(h)} and {@code floor(h) + 1}. Means use compensated summation in draw order.
 */
public final class PsaResult {

  private final long seed;
  private final int draws;
  private final List<String> parameterNames;
  private final List<String> options;
  private final List<String> allOptions;
  private final List<String> organisations;
  private final boolean health;
  private final double[] parameters;
  private final double[] npsv;
  private final double[] byOrganisation;
  private final double[] costs;
  private final double[] qalys;

  private PsaResult(Builder b) {
    this.seed = b.seed;
    this.draws = b.draws;
    this.parameterNames = b.prepared.parameterNames();
    this.options = b.prepared.optionIds();
    this.allOptions = b.prepared.allOptionIds();
    this.organisations = b.prepared.organisations();
    this.health = b.health;
    this.parameters = b.parameters;
    this.npsv = b.npsv;
    this.byOrganisation = b.byOrganisation;
    this.costs = b.costs;
    this.qalys = b.qalys;
  }

  /**
   * A summary of one output over the draws.
   *
   * @param mean the mean
   * @param p2_5 the 2.5th percentile
   * @param p50 the median
   * @param p97_5 the 97.5th percentile
   * @param probabilityPositive the share of draws in which the value is above zero
   */
  public record Summary(double mean, double p2_5, double p50, double p97_5, double probabilityPositive) {

    /**
     * Creates a summary.
     *
     * @param mean the mean
     * @param p2_5 the 2.5th percentile
     * @param p50 the median
     * @param p97_5 the 97.5th percentile
     * @param probabilityPositive the share of draws above zero
     */
    public Summary {}

    /**
     * {@return the summary of values}
     *
     * @param values at least one value
     */
    public static Summary of(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int positive = 0;
      for (double v : values) {
        if (v > 0) {
          positive++;
        }
      }
      return new Summary(Sums.mean(values, 0, 1, values.length), percentile(sorted, 0.025), percentile(sorted, 0.5),
          percentile(sorted, 0.975), (double) positive / values.length);
    }
  }

  /**
   * {@return the type-7 percentile of sorted values}
   *
   * @param sorted values in ascending order, at least one
   * @param q the probability, in [0, 1]
   */
  public static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /** {@return the number of draws} */
  public int draws() {
    return draws;
  }

  /** {@return the parameters, in the order of a parameter vector} */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /** {@return the network options, in the order given} */
  public List<String> options() {
    return options;
  }

  /** {@return every option, the counterfactual included, in the order given (the cost-effectiveness options)} */
  public List<String> allOptions() {
    return allOptions;
  }

  /** {@return the organisations, sorted} */
  public List<String> organisations() {
    return organisations;
  }

  /** {@return whether the appraisal has health effects, so that costs and QALYs were recorded} */
  public boolean hasHealthEffects() {
    return health;
  }

  /**
   * {@return a parameter's value in a draw}
   *
   * @param draw the draw
   * @param parameter the parameter's position in {@link #parameterNames()}
   */
  public double parameter(int draw, int parameter) {
    return parameters[draw * parameterNames.size() + parameter];
  }

  /**
   * {@return a network option's NPSV in a draw}
   *
   * @param draw the draw
   * @param option the option's position in {@link #options()}
   */
  public double npsv(int draw, int option) {
    return npsv[draw * options.size() + option];
  }

  /**
   * {@return an organisation's net benefit from a network option in a draw}
   *
   * @param draw the draw
   * @param option the option's position in {@link #options()}
   * @param organisation the organisation's position in {@link #organisations()}
   */
  public double netBenefit(int draw, int option, int organisation) {
    return byOrganisation[(draw * options.size() + option) * organisations.size() + organisation];
  }

  /**
   * {@return an option's cost in a draw, or NaN without health effects}
   *
   * @param draw the draw
   * @param option the option's position in {@link #allOptions()}
   */
  public double cost(int draw, int option) {
    return health ? costs[draw * allOptions.size() + option] : Double.NaN;
  }

  /**
   * {@return an option's QALYs in a draw, or NaN without health effects}
   *
   * @param draw the draw
   * @param option the option's position in {@link #allOptions()}
   */
  public double qalys(int draw, int option) {
    return health ? qalys[draw * allOptions.size() + option] : Double.NaN;
  }

  /**
   * {@return the summary of a network option's NPSV}
   *
   * @param option the option's position in {@link #options()}
   */
  public Summary npsvSummary(int option) {
    double[] v = new double[draws];
    for (int d = 0; d < draws; d++) {
      v[d] = npsv(d, option);
    }
    return Summary.of(v);
  }

  /**
   * {@return the summary of an organisation's net benefit from a network option}
   *
   * @param option the option's position in {@link #options()}
   * @param organisation the organisation's position in {@link #organisations()}
   */
  public Summary netBenefitSummary(int option, int organisation) {
    double[] v = new double[draws];
    for (int d = 0; d < draws; d++) {
      v[d] = netBenefit(d, option, organisation);
    }
    return Summary.of(v);
  }

  /**
   * {@return the draws' costs and QALYs of every option as a cost-effectiveness sample, or empty
   * without health effects}
   *
   * @throws org.networkedcare.core.validation.ValidationException if a draw's cost or QALYs is not
   *     finite
   */
  public Optional<CostEffectivenessSample> costEffectiveness() {
    if (!health) {
      return Optional.empty();
    }
    int m = allOptions.size();
    double[][] c = new double[draws][];
    double[][] e = new double[draws][];
    for (int d = 0; d < draws; d++) {
      c[d] = Arrays.copyOfRange(costs, d * m, d * m + m);
      e[d] = Arrays.copyOfRange(qalys, d * m, d * m + m);
    }
    return Optional.of(CostEffectivenessSample.of(allOptions, c, e));
  }

  /** Arrays the draws are written into, by draw index, from any thread. */
  static final class Builder {
    final PreparedAppraisal prepared;
    final long seed;
    final int draws;
    final int options;
    final int organisations;
    final int allOptions;
    final boolean health;
    final double[] parameters;
    final double[] npsv;
    final double[] byOrganisation;
    final double[] costs;
    final double[] qalys;

    Builder(PreparedAppraisal prepared, long seed, int draws) {
      this.prepared = prepared;
      this.seed = seed;
      this.draws = draws;
      this.options = prepared.optionIds().size();
      this.organisations = prepared.organisations().size();
      this.allOptions = prepared.allOptionIds().size();
      this.health = prepared.hasHealthEffects();
      int n = prepared.parameterNames().size();
      long widest = Math.max(Math.max(n, (long) options * organisations), allOptions);
      if (widest * draws > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(draws + " draws of " + widest + " values each are too many for one run");
      }
      this.parameters = new double[n * draws];
      this.npsv = new double[options * draws];
      this.byOrganisation = new double[options * organisations * draws];
      this.costs = health ? new double[allOptions * draws] : new double[0];
      this.qalys = health ? new double[allOptions * draws] : new double[0];
    }

    PsaResult build() {
      return new PsaResult(this);
    }
  }
}
