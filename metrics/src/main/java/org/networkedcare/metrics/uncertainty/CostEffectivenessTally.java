package org.networkedcare.metrics.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The cost-effectiveness outputs of PSA draws that arrive one at a time, in draw order: frontier
 * ICERs, acceptability (CEAC, expected NMB, CEAF, EVPI) and, with a reference, pairwise ICERs. The
 * numbers are the same, to the bit, as {@link FrontierIcers#of}, {@link Acceptability#of} and
 * {@link PairwiseIcers#against} give on a {@link CostEffectivenessSample} of the same draws, but
 * the memory is about (grid &times; options + {@value #BLOCK} &times; options) numbers, whatever
 * the number of draws: a draw is folded into running compensated sums and the acceptability
 * kernel's difference arrays, never kept. Values are checked as {@link CostEffectivenessSample#of}
 * checks them, and the problems are reported, in the same words, by {@link #finish()}. Not
 * thread-safe.
 *
 * <pre>{@code
 * CostEffectivenessTally tally =
 *     CostEffectivenessTally.of(List.of("a", "b"), WtpGrid.of(20000), Optional.of("a"));
 * tally.add(new double[] {100, 180}, new double[] {1.0, 1.01});
 * tally.add(new double[] {110, 170}, new double[] {1.1, 1.12});
 * CostEffectivenessTally.Result r = tally.finish();
 * r.acceptability().evpi(0);
 * }</pre>
 */
public final class CostEffectivenessTally {

  /** Draws gathered before they are folded into the acceptability kernel together. */
  static final int BLOCK = 4096;

  private final List<String> options;
  private final int m;
  private final Optional<String> reference;
  private final int referenceIndex;
  private final Acceptability.Streamed acceptability;
  private final Sums.Running[] cost;
  private final Sums.Running[] effect;
  private final Sums.Running[] costDifference;
  private final Sums.Running[] effectDifference;
  private final double[] costBlock;
  private final double[] effectBlock;
  private final Problems costProblems = Problems.collector();
  private final Problems effectProblems = Problems.collector();
  private int badCosts;
  private int badEffects;
  private int pending;
  private int draws;
  private boolean finished;

  private CostEffectivenessTally(List<String> options, WtpGrid grid, Optional<String> reference) {
    this.options = List.copyOf(options);
    this.m = options.size();
    this.reference = reference;
    this.referenceIndex = reference.map(options::indexOf).orElse(-1);
    this.acceptability = new Acceptability.Streamed(m, grid);
    this.cost = running(m);
    this.effect = running(m);
    this.costDifference = running(referenceIndex < 0 ? 0 : m);
    this.effectDifference = running(referenceIndex < 0 ? 0 : m);
    this.costBlock = new double[BLOCK * m];
    this.effectBlock = new double[BLOCK * m];
  }

  private static Sums.Running[] running(int n) {
    Sums.Running[] r = new Sums.Running[n];
    for (int i = 0; i < n; i++) {
      r[i] = new Sums.Running();
    }
    return r;
  }

  /**
   * {@return an empty tally}
   *
   * @param options option names, at least one, none blank, no two equal; their order is the
   *     tie-breaking order
   * @param grid the willingness-to-pay values, money per unit of effect
   * @param reference the option pairwise ICERs are against, or empty for none; an unknown name is
   *     reported by {@link #finish()}
   * @throws ValidationException listing every problem of the options
   * @throws NullPointerException if an argument is null
   */
  public static CostEffectivenessTally of(
      List<String> options, WtpGrid grid, Optional<String> reference) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(reference, "reference");
    Problems problems = Problems.collector();
    CostEffectivenessSample.checkOptions(options, problems.at("options"));
    problems.throwIfAny();
    return new CostEffectivenessTally(options, grid, reference);
  }

  /**
   * Adds the next draw. A value that is not finite or beyond {@link
   * CostEffectivenessSample#MAX_VALUE} is recorded as a problem, for {@link #finish()}.
   *
   * @param costs the draw's cost of each option, money; read, not kept
   * @param effects the draw's effect of each option, health units; read, not kept
   * @throws IllegalArgumentException if an array's length is not the number of options
   * @throws IllegalStateException after {@link #finish()}
   */
  public void add(double[] costs, double[] effects) {
    if (costs.length != m || effects.length != m) {
      throw new IllegalArgumentException(
          "a draw has " + costs.length + " costs and " + effects.length + " effects, not " + m);
    }
    if (finished) {
      throw new IllegalStateException("the tally is finished");
    }
    int d = draws++;
    int at = pending * m;
    for (int j = 0; j < m; j++) {
      double c = costs[j];
      double e = effects[j];
      if (CostEffectivenessSample.isBad(c) && CostEffectivenessSample.listed(++badCosts)) {
        CostEffectivenessSample.describe(c, costProblems.at("costs").at(d).at(j));
      }
      if (CostEffectivenessSample.isBad(e) && CostEffectivenessSample.listed(++badEffects)) {
        CostEffectivenessSample.describe(e, effectProblems.at("effects").at(d).at(j));
      }
      cost[j].add(c);
      effect[j].add(e);
      costBlock[at + j] = c;
      effectBlock[at + j] = e;
    }
    if (referenceIndex >= 0) {
      int r = referenceIndex;
      for (int j = 0; j < m; j++) {
        if (j != r) {
          costDifference[j].add(costs[r] - costs[j]);
          effectDifference[j].add(effects[r] - effects[j]);
        }
      }
    }
    if (++pending == BLOCK) {
      flush();
    }
  }

  private void flush() {
    if (pending > 0 && badCosts == 0 && badEffects == 0) {
      acceptability.block(costBlock, effectBlock, pending);
    }
    pending = 0;
  }

  /** {@return the number of draws added} */
  public int draws() {
    return draws;
  }

  /** {@return the option names, in the given order} */
  public List<String> options() {
    return options;
  }

  /**
   * {@return the outputs of every draw added} Call once.
   *
   * @throws ValidationException listing every problem of the values (as {@link
   *     CostEffectivenessSample#of} would), or, when there are none, an unknown reference (as
   *     {@link PairwiseIcers#against} would)
   * @throws IllegalStateException if called twice
   */
  public Result finish() {
    if (finished) {
      throw new IllegalStateException("the tally is finished");
    }
    finished = true;
    flush();
    Problems problems = Problems.collector();
    if (draws == 0) {
      problems
          .at("costs")
          .add("empty", "there are no draws; one draw is a deterministic comparison");
    }
    problems.addAll(costProblems.list());
    CostEffectivenessSample.more(badCosts, problems.at("costs"));
    problems.addAll(effectProblems.list());
    CostEffectivenessSample.more(badEffects, problems.at("effects"));
    problems.throwIfAny();
    if (reference.isPresent() && referenceIndex < 0) {
      throw new ValidationException(
          "/reference",
          "unknown.option",
          "reference '"
              + reference.get()
              + "' is not an option; the options are "
              + String.join(", ", options));
    }
    double[] meanCost = new double[m];
    double[] meanEffect = new double[m];
    for (int j = 0; j < m; j++) {
      meanCost[j] = cost[j].mean(draws);
      meanEffect[j] = effect[j].mean(draws);
    }
    Optional<PairwiseIcers> pairwise = Optional.empty();
    if (referenceIndex >= 0) {
      double[] dc = new double[m];
      double[] de = new double[m];
      for (int j = 0; j < m; j++) {
        if (j != referenceIndex) {
          dc[j] = costDifference[j].mean(draws);
          de[j] = effectDifference[j].mean(draws);
        }
      }
      pairwise = Optional.of(PairwiseIcers.of(options, referenceIndex, dc, de));
    }
    return new Result(
        FrontierIcers.of(options, meanCost, meanEffect),
        acceptability.finish(options, draws, meanCost, meanEffect),
        pairwise);
  }

  /**
   * The outputs.
   *
   * @param frontier the frontier ICERs of the mean costs and effects
   * @param acceptability the acceptability outputs over the grid
   * @param pairwise the pairwise ICERs against the reference, when one was given
   */
  public record Result(
      FrontierIcers frontier, Acceptability acceptability, Optional<PairwiseIcers> pairwise) {

    /**
     * Creates the outputs.
     *
     * @param frontier the frontier ICERs
     * @param acceptability the acceptability outputs
     * @param pairwise the pairwise ICERs, if any
     */
    public Result {
      Objects.requireNonNull(frontier, "frontier");
      Objects.requireNonNull(acceptability, "acceptability");
      Objects.requireNonNull(pairwise, "pairwise");
    }
  }
}
