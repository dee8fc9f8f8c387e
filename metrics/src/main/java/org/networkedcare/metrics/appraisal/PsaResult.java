package org.networkedcare.metrics.appraisal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.DrawSummary;

/**
 * The draws of a probabilistic sensitivity analysis and their summaries: for each draw the
 * parameter values, each network option's NPSV and each organisation's net benefit against the
 * counterfactual and, when the appraisal has health effects, each option's cost and QALYs (every
 * option, the counterfactual included, in the order given). Every number is unrounded pounds (or
 * QALYs). Summaries are computed on request, in draw-index order. Summaries are {@link
 * DrawSummary}s.
 */
public final class PsaResult {

  private final long seed;
  private final int firstDraw;
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
    this.firstDraw = b.firstDraw;
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

  /** {@return the seed} */
  public long seed() {
    return seed;
  }

  /**
   * {@return the index in the run of the first draw held: 0, unless this is a block of a longer run
   * ({@link MonteCarlo#run(PreparedAppraisal, ParameterSampler, long, int, int, int,
   * java.util.function.LongConsumer)}); the accessors below count draws from it}
   */
  public int firstDraw() {
    return firstDraw;
  }

  /** {@return the number of draws held} */
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

  /**
   * {@return every option, the counterfactual included, in the order given (the cost-effectiveness
   * options)}
   */
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
  public DrawSummary npsvSummary(int option) {
    double[] v = new double[draws];
    for (int d = 0; d < draws; d++) {
      v[d] = npsv(d, option);
    }
    return DrawSummary.of(v);
  }

  /**
   * {@return the summary of an organisation's net benefit from a network option}
   *
   * @param option the option's position in {@link #options()}
   * @param organisation the organisation's position in {@link #organisations()}
   */
  public DrawSummary netBenefitSummary(int option, int organisation) {
    double[] v = new double[draws];
    for (int d = 0; d < draws; d++) {
      v[d] = netBenefit(d, option, organisation);
    }
    return DrawSummary.of(v);
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
    final int firstDraw;
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

    Builder(PreparedAppraisal prepared, long seed, int firstDraw, int draws) {
      this.prepared = prepared;
      this.seed = seed;
      this.firstDraw = firstDraw;
      this.draws = draws;
      this.options = prepared.optionIds().size();
      this.organisations = prepared.organisations().size();
      this.allOptions = prepared.allOptionIds().size();
      this.health = prepared.hasHealthEffects();
      int n = prepared.parameterNames().size();
      long widest = Math.max(Math.max(n, (long) options * organisations), allOptions);
      if (widest * draws > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            draws + " draws of " + widest + " values each are too many for one run");
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
