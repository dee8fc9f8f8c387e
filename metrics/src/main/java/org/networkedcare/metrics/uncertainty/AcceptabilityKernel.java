package org.networkedcare.metrics.uncertainty;

/**
 * The fast CEAC/EVPI kernel. In one draw each option's net monetary benefit {@code NMB_j(wtp) = wtp
 * * effect_j - cost_j} is a line, so the best option changes only where the upper envelope of the
 * lines has a corner: the grid splits into a few runs of points with the same best option. The
 * kernel finds those runs by splitting the grid at crossing points, and records each run in
 * difference arrays: +1 at its first grid point and -1 after its last, likewise for the winning
 * option's {@code effect_k - effect_0} and {@code cost_k - cost_0} (relative to the first option,
 * so the sums stay small and precise) that EVPI needs. One prefix sum over the grid at the end
 * turns them into counts and sums per grid point. Work per draw is a few evaluations of the m lines
 * (about 8 for 3 options whose curves cross) instead of one per grid point.
 *
 * <p>Ties must go exactly as the plain comparison decides ({@code wtp * effect - cost} in double,
 * the first option winning ties), which crossing points computed in floating point cannot promise.
 * So a run is only recorded when it is <em>certified</em>: at its first and last grid point the
 * plain comparison picks the same option, and by more than {@code tol}, a bound on twice the
 * rounding error of two NMBs anywhere on the grid. The true NMB differences are linear in wtp, so
 * they exceed that bound at every grid point in between too, where the computed values then compare
 * as the true ones do: the option is the strict winner of the plain comparison on the whole run.
 * Otherwise the run is split (at the crossing point of the two end winners, or in the middle) and
 * each part is checked again; a run of one or two points takes the plain comparison's winners. Ties
 * and near-ties therefore cost a few more evaluations, never a different winner; crossing points
 * only choose where to split.
 *
 * <p>EVPI at a grid point is then the mean opportunity loss of the frontier option j*: the sum over
 * options k of {@code wtp * S_E[k] - S_C[k]} (their relative NMB summed over the draws they win)
 * minus the same over all draws for j* ({@code wtp * T_E[j*] - T_C[j*]}), divided by the draws. It
 * is exactly 0 where j* wins every draw (the loss is then 0 in every draw), whatever the rounding.
 */
final class AcceptabilityKernel {

  /** The unit round-off of double precision. */
  private static final double U = 0x1p-53;

  private final int m;
  private final int w;
  private final double[] lambda;

  /** The current block of draws, row-major {@code [d * m + j]} ({@link #block}). */
  private double[] costs = new double[0];

  private double[] effects = new double[0];
  private final double lambdaAbsMax;

  /**
   * Grid points per unit of wtp when the grid is evenly spaced to within a quarter step (so that an
   * index computed from it is off by at most one), else 0 and crossings are found by bisection.
   */
  private final double perUnit;

  /** Difference array of win counts, {@code [k * (w + 1) + g]}. */
  private final int[] count;

  /**
   * Difference arrays of the sums over winning draws of {@code effect_k - effect_0} and {@code
   * cost_k - cost_0}, {@code [2 * (k * (w + 1) + g)]} and the next element.
   */
  private final double[] sums;

  /** Pending runs: first point, last point, and the evaluations at both ({@link #evaluate}). */
  private final int[] stack;

  /**
   * Sums over all draws of {@code effect_j - effect_0} and {@code cost_j - cost_0}, {@code [2 *
   * j]}.
   */
  private final double[] totals;

  /** Offset of the current draw in the row-major matrices. */
  private int base;

  /** The certification margin of the current draw. */
  private double tol;

  /** Grid points evaluated, for tests. */
  private long evaluations;

  /**
   * A kernel with no draws yet.
   *
   * @param m options
   * @param lambda the grid, strictly increasing, finite
   */
  AcceptabilityKernel(int m, double[] lambda) {
    this.m = m;
    this.w = lambda.length;
    this.lambda = lambda;
    this.lambdaAbsMax = Math.max(Math.abs(lambda[0]), Math.abs(lambda[w - 1]));
    this.perUnit = evenSpacing(lambda);
    this.count = new int[m * (w + 1)];
    this.sums = new double[2 * m * (w + 1)];
    this.stack = new int[4 * (w + 2)];
    this.totals = new double[2 * m];
  }

  /**
   * The counts and opportunity losses on a sorted grid.
   *
   * @param wins {@code wins[g * m + k]}: the draws in which option k is best at grid point g
   * @param loss {@code loss[g]}: the sum over draws of (the draw's best NMB minus the NMB of option
   *     {@code frontier[g]}), at grid point g
   * @param evaluations how many (draw, grid point) pairs were evaluated
   */
  record Result(int[] wins, double[] loss, long evaluations) {}

  /**
   * Runs the kernel.
   *
   * @param m options
   * @param n draws
   * @param costs row-major {@code [d * m + j]}
   * @param effects row-major {@code [d * m + j]}
   * @param lambda the grid, strictly increasing, finite
   * @param frontier per grid point, the option with the highest expected NMB
   */
  static Result run(
      int m, int n, double[] costs, double[] effects, double[] lambda, int[] frontier) {
    AcceptabilityKernel kernel = new AcceptabilityKernel(m, lambda);
    kernel.block(costs, effects, n);
    return kernel.finish(frontier);
  }

  /**
   * Adds draws, in draw order: the same counts and sums come out whether the draws arrive in one
   * block or in many.
   *
   * @param costs row-major {@code [d * m + j]}, at least {@code n * m} values
   * @param effects row-major {@code [d * m + j]}, likewise
   * @param n draws in the block
   */
  void block(double[] costs, double[] effects, int n) {
    this.costs = costs;
    this.effects = effects;
    for (int d = 0; d < n; d++) {
      draw(d);
    }
  }

  private void draw(int d) {
    base = d * m;
    double eMax = 0.0;
    double cMax = 0.0;
    for (int j = base, end = base + m; j < end; j++) {
      eMax = Math.max(eMax, Math.abs(effects[j]));
      cMax = Math.max(cMax, Math.abs(costs[j]));
    }
    // 16u(|wtp| eMax + cMax) exceeds four times the error of one computed NMB, plus slack for
    // subnormal results; infinite (so nothing certifies) if an NMB could overflow.
    tol = 16 * U * (lambdaAbsMax * eMax + cMax) + Double.MIN_NORMAL;
    double e0 = effects[base];
    double c0 = costs[base];
    for (int j = 1; j < m; j++) {
      totals[2 * j] += effects[base + j] - e0;
      totals[2 * j + 1] += costs[base + j] - c0;
    }

    int first = evaluate(0);
    if (w == 1) {
      record(first >> 1, 0, 1);
      return;
    }
    int top = 0;
    stack[top++] = 0;
    stack[top++] = w - 1;
    stack[top++] = first;
    stack[top++] = evaluate(w - 1);
    while (top > 0) {
      int ib = stack[--top];
      int ia = stack[--top];
      int b = stack[--top];
      int a = stack[--top];
      int ka = ia >> 1;
      int kb = ib >> 1;
      if (ka == kb && (ia & ib & 1) == 1) {
        record(ka, a, b + 1);
        continue;
      }
      if (b - a <= 1) {
        record(ka, a, a + 1);
        if (b > a) {
          record(kb, b, b + 1);
        }
        continue;
      }
      int c = split(a, b, ka, kb);
      stack[top++] = c;
      stack[top++] = b;
      stack[top++] = c == b ? ib : evaluate(c);
      stack[top++] = ib;
      stack[top++] = a;
      stack[top++] = c - 1;
      stack[top++] = ia;
      stack[top++] = c - 1 == a ? ia : evaluate(c - 1);
    }
  }

  /**
   * {@return where to split the run [a, b] (b - a >= 2): the first grid point after the crossing of
   * the two end winners' lines, else the middle; always in [a + 1, b]}
   */
  private int split(int a, int b, int ka, int kb) {
    double de = effects[base + kb] - effects[base + ka];
    if (ka != kb && de > 0) {
      double x = (costs[base + kb] - costs[base + ka]) / de;
      if (x >= lambda[a] && x < lambda[b]) {
        int c = firstAbove(x, a + 1);
        return Math.min(Math.max(c, a + 1), b);
      }
    }
    return (a + b + 1) >>> 1;
  }

  /**
   * Evaluates every option at grid point g as the plain comparison does.
   *
   * @return the first option with the highest NMB, times 2, plus 1 when it beats every other option
   *     by more than {@code tol}
   */
  private int evaluate(int g) {
    evaluations++;
    double l = lambda[g];
    if (m == 3) {
      return evaluate3(l);
    }
    int best = 0;
    double bestValue = l * effects[base] - costs[base];
    double second = Double.NEGATIVE_INFINITY;
    for (int j = 1; j < m; j++) {
      double v = l * effects[base + j] - costs[base + j];
      if (v > bestValue) {
        second = bestValue;
        bestValue = v;
        best = j;
      } else {
        second = Math.max(second, v);
      }
    }
    return 2 * best + (bestValue - second > tol ? 1 : 0);
  }

  /**
   * {@link #evaluate} for three options, the commonest case, unrolled: the same winner (the first
   * of the highest) and the same margin over the best of the others.
   */
  private int evaluate3(double l) {
    int b = base;
    double v0 = l * effects[b] - costs[b];
    double v1 = l * effects[b + 1] - costs[b + 1];
    double v2 = l * effects[b + 2] - costs[b + 2];
    // Selections rather than nested branches: the winner changes unpredictably from draw to draw.
    boolean oneOverZero = v1 > v0;
    double high = oneOverZero ? v1 : v0;
    double low = oneOverZero ? v0 : v1;
    boolean twoOverBoth = v2 > high;
    int best = twoOverBoth ? 2 : (oneOverZero ? 1 : 0);
    double bestValue = twoOverBoth ? v2 : high;
    double second = twoOverBoth ? high : Math.max(low, v2);
    return 2 * best + (bestValue - second > tol ? 1 : 0);
  }

  /**
   * {@return grid points per unit of wtp if the grid is evenly spaced to within a quarter step,
   * else 0}
   */
  private static double evenSpacing(double[] lambda) {
    int w = lambda.length;
    if (w < 3) {
      return 0.0;
    }
    double step = (lambda[w - 1] - lambda[0]) / (w - 1);
    for (int i = 1; i < w - 1; i++) {
      if (!(Math.abs(lambda[i] - (lambda[0] + i * step)) <= 0.25 * step)) {
        return 0.0;
      }
    }
    double perUnit = (w - 1) / (lambda[w - 1] - lambda[0]);
    return Double.isFinite(perUnit) ? perUnit : 0.0;
  }

  /**
   * {@return the first grid index at or after {@code from} whose value exceeds x, or w} On an
   * evenly spaced grid the index is computed and then corrected by comparisons, which makes it
   * exact; else it is found by bisection.
   */
  private int firstAbove(double x, int from) {
    if (perUnit > 0) {
      double guess = Math.floor((x - lambda[0]) * perUnit) + 1;
      int i = guess < from ? from : guess > w ? w : (int) guess;
      while (i > from && lambda[i - 1] > x) {
        i--;
      }
      while (i < w && !(lambda[i] > x)) {
        i++;
      }
      return i;
    }
    int lo = from;
    int hi = w;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lambda[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Adds a run of option k on grid points [a, b) to the difference arrays. */
  private void record(int k, int a, int b) {
    int row = k * (w + 1);
    double de = effects[base + k] - effects[base];
    double dc = costs[base + k] - costs[base];
    count[row + a]++;
    sums[2 * (row + a)] += de;
    sums[2 * (row + a) + 1] += dc;
    if (b < w) {
      count[row + b]--;
      sums[2 * (row + b)] -= de;
      sums[2 * (row + b) + 1] -= dc;
    }
  }

  Result finish(int[] frontier) {
    int[] wins = new int[w * m];
    double[] loss = new double[w];
    int n = 0;
    for (int k = 0; k < m; k++) {
      int row = k * (w + 1);
      int c = 0;
      double se = 0.0;
      double sc = 0.0;
      for (int g = 0; g < w; g++) {
        c += count[row + g];
        se += sums[2 * (row + g)];
        sc += sums[2 * (row + g) + 1];
        wins[g * m + k] = c;
        if (c == 0) {
          se = 0.0;
          sc = 0.0;
        } else {
          loss[g] += lambda[g] * se - sc;
        }
      }
    }
    for (int k = 0; k < m; k++) {
      n += wins[k];
    }
    for (int g = 0; g < w; g++) {
      int j = frontier[g];
      loss[g] =
          wins[g * m + j] == n ? 0.0 : loss[g] - (lambda[g] * totals[2 * j] - totals[2 * j + 1]);
    }
    return new Result(wins, loss, evaluations);
  }
}
