package org.networkedcare.metrics.uncertainty;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Acceptability outputs of a sample over a willingness-to-pay grid. Immutable.
 *
 * <ul>
 *   <li>Net monetary benefit of option j in a draw: {@code NMB = wtp * effect - cost} (money),
 *       computed in double precision as a multiplication then a subtraction.
 *   <li>The cost-effectiveness acceptability curve (CEAC) of every option: the share of draws in
 *       which it has the highest NMB ({@link #probabilityBest}). When options share the highest NMB
 *       exactly, the draw counts for the first of them in the given order. The shares of the
 *       options sum to 1 at every wtp.
 *   <li>Expected NMB: {@code wtp * meanEffect - meanCost} ({@link #expectedNmb}), equal to the mean
 *       over draws of NMB up to rounding.
 *   <li>The cost-effectiveness acceptability frontier (CEAF): at each wtp, the option with the
 *       highest expected NMB (the first on ties; {@link #frontierOption}) and its CEAC value
 *       ({@link #frontierProbability}).
 *   <li>The expected value of perfect information per decision ({@link #evpi}): {@code mean over
 *       draws of max_j NMB_j - max_j expected NMB_j}, money; computed as the mean opportunity loss
 *       of the frontier option, so it is exactly 0 when one option is best in every draw.
 * </ul>
 *
 * <p>Cost: about (draws &times; options + grid &times; options&sup2;) operations, not draws &times;
 * options &times; grid; see {@code docs/cea.md}.
 */
public final class Acceptability {

  private final List<String> options;
  private final WtpGrid grid;
  private final int draws;
  private final int[] wins;
  private final double[] expectedNmb;
  private final int[] frontier;
  private final double[] evpi;

  private Acceptability(
      List<String> options,
      WtpGrid grid,
      int draws,
      int[] wins,
      double[] expectedNmb,
      int[] frontier,
      double[] evpi) {
    this.options = options;
    this.grid = grid;
    this.draws = draws;
    this.wins = wins;
    this.expectedNmb = expectedNmb;
    this.frontier = frontier;
    this.evpi = evpi;
  }

  /**
   * Computes the outputs.
   *
   * @param sample costs and effects per draw and option
   * @param grid the willingness-to-pay values, money per unit of effect
   * @return the outputs, indexed by the grid's order
   * @throws NullPointerException if an argument is null
   */
  public static Acceptability of(CostEffectivenessSample sample, WtpGrid grid) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(grid, "grid");
    int m = sample.optionCount();
    int n = sample.draws();
    Streamed streamed = new Streamed(m, grid);
    streamed.block(sample.costsArray(), sample.effectsArray(), n);
    double[] meanCost = new double[m];
    double[] meanEffect = new double[m];
    for (int j = 0; j < m; j++) {
      meanCost[j] = sample.meanCost(j);
      meanEffect[j] = sample.meanEffect(j);
    }
    return streamed.finish(sample.options(), n, meanCost, meanEffect);
  }

  /**
   * The outputs computed from draws that arrive in blocks, in draw order: the same numbers, to the
   * bit, as {@link #of} on a sample of all the draws, in memory of about (grid &times; options)
   * numbers whatever the number of draws. Not thread-safe.
   */
  static final class Streamed {
    private final int m;
    private final WtpGrid grid;
    private final double[] wtp;
    private final double[] sorted;
    private final int[] position;
    private final AcceptabilityKernel kernel;

    Streamed(int m, WtpGrid grid) {
      this.m = m;
      this.grid = grid;
      this.wtp = grid.values();
      this.sorted = wtp.clone();
      Arrays.sort(sorted);
      this.position = new int[wtp.length];
      for (int i = 0; i < wtp.length; i++) {
        position[i] = Arrays.binarySearch(sorted, wtp[i]);
      }
      this.kernel = new AcceptabilityKernel(m, sorted);
    }

    /** Adds a block of draws, row-major {@code [d * m + j]}. */
    void block(double[] costs, double[] effects, int n) {
      kernel.block(costs, effects, n);
    }

    /**
     * {@return the outputs} Call once, after every draw.
     *
     * @param options the option names
     * @param n the number of draws added
     * @param meanCost each option's mean cost over the draws
     * @param meanEffect each option's mean effect over the draws
     */
    Acceptability finish(List<String> options, int n, double[] meanCost, double[] meanEffect) {
      int size = wtp.length;
      double[] expected = new double[size * m];
      int[] front = new int[size];
      for (int i = 0; i < size; i++) {
        double l = wtp[i];
        int best = 0;
        for (int j = 0; j < m; j++) {
          double v = l * meanEffect[j] - meanCost[j];
          expected[i * m + j] = v;
          if (v > expected[i * m + best]) {
            best = j;
          }
        }
        front[i] = best;
      }
      int[] sortedFrontier = new int[size];
      for (int i = 0; i < size; i++) {
        sortedFrontier[position[i]] = front[i];
      }
      AcceptabilityKernel.Result result = kernel.finish(sortedFrontier);
      int[] wins = new int[size * m];
      double[] evpi = new double[size];
      for (int i = 0; i < size; i++) {
        int g = position[i];
        System.arraycopy(result.wins(), g * m, wins, i * m, m);
        evpi[i] = result.loss()[g] / n + 0.0;
      }
      return new Acceptability(options, grid, n, wins, expected, front, evpi);
    }
  }

  /** {@return the option names, in the sample's order} */
  public List<String> options() {
    return options;
  }

  /** {@return the willingness-to-pay grid} */
  public WtpGrid grid() {
    return grid;
  }

  /** {@return the number of draws} */
  public int draws() {
    return draws;
  }

  /**
   * {@return the number of draws in which an option has the highest NMB (first option on ties)}
   *
   * @param wtpIndex position in the grid
   * @param option the option's position in the sample
   */
  public int timesBest(int wtpIndex, int option) {
    return wins[cell(wtpIndex, option)];
  }

  /**
   * {@return the CEAC: the share of draws in which an option has the highest NMB, 0 to 1}
   *
   * @param wtpIndex position in the grid
   * @param option the option's position in the sample
   */
  public double probabilityBest(int wtpIndex, int option) {
    return (double) wins[cell(wtpIndex, option)] / draws;
  }

  /**
   * {@return the expected NMB of an option, {@code wtp * meanEffect - meanCost}, money}
   *
   * @param wtpIndex position in the grid
   * @param option the option's position in the sample
   */
  public double expectedNmb(int wtpIndex, int option) {
    return expectedNmb[cell(wtpIndex, option)];
  }

  /**
   * {@return the option on the acceptability frontier: the highest expected NMB, first on ties}
   *
   * @param wtpIndex position in the grid
   */
  public int frontierOption(int wtpIndex) {
    return frontier[Objects.checkIndex(wtpIndex, frontier.length)];
  }

  /**
   * {@return the CEAF: the CEAC value of the frontier option, 0 to 1}
   *
   * @param wtpIndex position in the grid
   */
  public double frontierProbability(int wtpIndex) {
    return probabilityBest(wtpIndex, frontierOption(wtpIndex));
  }

  /**
   * {@return the expected value of perfect information per decision, money; 0 or more up to
   * rounding}
   *
   * @param wtpIndex position in the grid
   */
  public double evpi(int wtpIndex) {
    return evpi[Objects.checkIndex(wtpIndex, evpi.length)];
  }

  private int cell(int wtpIndex, int option) {
    Objects.checkIndex(wtpIndex, frontier.length);
    Objects.checkIndex(option, options.size());
    return wtpIndex * options.size() + option;
  }
}
