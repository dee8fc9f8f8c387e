package org.networkedcare.metrics.uncertainty;

/**
 * The fast CEAC/EVPI kernel. Per draw it walks the upper envelope of the lines
 * {@code NMB_j(wtp) = wtp * effect_j - cost_j} over the sorted grid, which gives the runs of grid
 * points on which each option is best, and records each run in difference arrays: +1 at its first
 * grid point and -1 after its last, likewise for the sums of {@code effect_k - effect_j} and
 * {@code cost_k - cost_j} that EVPI needs. One prefix sum over the grid at the end turns them into
 * counts and sums per grid point. Work per draw is about (options + runs) instead of options x grid.
 *
 * <p>Ties must go exactly as the plain comparison decides ({@code wtp * effect - cost} in double, the
 * first option winning ties), which crossing points computed in floating point cannot promise. So
 * every run is <em>certified</em> before it is recorded: at its first and last grid point the
 * computed NMB of its option must exceed every other option's by more than {@code tol}, a bound on
 * twice the rounding error of the two NMBs anywhere on the grid. The true NMB differences are linear
 * in wtp, so they exceed that bound at every grid point in between too, where the computed values
 * then compare the same way as the true ones: the run's option is the strict winner of the plain
 * comparison on the whole run. A run that fails the check near a crossing loses its end point to a
 * plain comparison, and after a few such failures (nearly parallel lines, exact ties) the rest of
 * the run is compared plainly point by point. The crossing points only guide the walk; a wrong one
 * costs time, never a wrong winner.
 */
final class AcceptabilityKernel {

  /** The unit round-off of double precision. */
  private static final double U = 0x1p-53;

  /** Points compared plainly at the ends of a run before the whole run is. */
  private static final int END_POINT_BUDGET = 4;

  private final int m;
  private final int w;
  private final int slots;
  private final double[] lambda;
  private final double[] costs;
  private final double[] effects;
  private final double lambdaAbsMax;

  /** Difference array of win counts, {@code [k * (w + 1) + g]}. */
  private final int[] count;

  /**
   * Difference arrays of the sums over winning draws of {@code effect_k - effect_j} and {@code
   * cost_k - cost_j}, {@code [(k * (w + 1) + g) * slots + 2 * jSlot (+1)]}, where jSlot numbers the
   * options other than k.
   */
  private final double[] sums;

  /** Offset of the current draw in the row-major matrices. */
  private int base;

  /** The certification margin of the current draw. */
  private double tol;

  /** Plain comparisons made, for tests. */
  private long plainPoints;

  private AcceptabilityKernel(int m, double[] costs, double[] effects, double[] lambda) {
    this.m = m;
    this.w = lambda.length;
    this.slots = 2 * (m - 1);
    this.lambda = lambda;
    this.costs = costs;
    this.effects = effects;
    this.lambdaAbsMax = Math.max(Math.abs(lambda[0]), Math.abs(lambda[w - 1]));
    this.count = new int[m * (w + 1)];
    this.sums = new double[m * (w + 1) * slots];
  }

  /**
   * The counts and opportunity losses on a sorted grid.
   *
   * @param wins {@code wins[g * m + k]}: the draws in which option k is best at grid point g
   * @param loss {@code loss[g]}: the sum over draws of (the draw's best NMB minus the NMB of option
   *     {@code frontier[g]}), at grid point g
   * @param plainPoints how many (draw, grid point) pairs needed the plain comparison
   */
  record Result(int[] wins, double[] loss, long plainPoints) {}

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
  static Result run(int m, int n, double[] costs, double[] effects, double[] lambda, int[] frontier) {
    AcceptabilityKernel kernel = new AcceptabilityKernel(m, costs, effects, lambda);
    for (int d = 0; d < n; d++) {
      kernel.draw(d);
    }
    return kernel.finish(frontier);
  }

  private void draw(int d) {
    base = d * m;
    double eMax = 0.0;
    double cMax = 0.0;
    for (int j = 0; j < m; j++) {
      eMax = Math.max(eMax, Math.abs(effects[base + j]));
      cMax = Math.max(cMax, Math.abs(costs[base + j]));
    }
    // 16u(|wtp| eMax + cMax) exceeds four times the error of one computed NMB, plus slack for
    // subnormal results; infinite (so nothing certifies) if an NMB could overflow.
    tol = 16 * U * (lambdaAbsMax * eMax + cMax) + Double.MIN_NORMAL;

    // The best option at the first grid point; on equal values the steeper line, best just after.
    double l0 = lambda[0];
    int k = 0;
    double best = l0 * effects[base] - costs[base];
    for (int j = 1; j < m; j++) {
      double v = l0 * effects[base + j] - costs[base + j];
      if (v > best || (v == best && effects[base + j] > effects[base + k])) {
        k = j;
        best = v;
      }
    }
    int start = 0;
    double pos = l0;
    double last = lambda[w - 1];
    while (true) {
      double ek = effects[base + k];
      double ck = costs[base + k];
      double next = Double.POSITIVE_INFINITY;
      int nk = -1;
      for (int j = 0; j < m; j++) {
        double ej = effects[base + j];
        if (ej > ek) {
          double x = (costs[base + j] - ck) / (ej - ek);
          if (x >= pos && (x < next || (x == next && nk >= 0 && ej > effects[base + nk]))) {
            next = x;
            nk = j;
          }
        }
      }
      int end = (nk < 0 || !(next < last)) ? w : firstAbove(next, start);
      if (end > start) {
        settle(k, start, end);
      }
      if (end >= w) {
        return;
      }
      start = end;
      k = nk;
      pos = next;
    }
  }

  /** {@return the first grid index at or after {@code from} whose value exceeds x, or w} */
  private int firstAbove(double x, int from) {
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

  /** Records that option k is best on grid points [a, b), after certifying it. */
  private void settle(int k, int a, int b) {
    int budget = END_POINT_BUDGET;
    while (a < b) {
      if (!certified(k, a)) {
        record(plainWinner(a), a, a + 1);
        a++;
      } else if (b - 1 > a && !certified(k, b - 1)) {
        record(plainWinner(b - 1), b - 1, b);
        b--;
      } else {
        record(k, a, b);
        return;
      }
      if (--budget < 0) {
        plainRun(a, b);
        return;
      }
    }
  }

  /** {@return whether option k's NMB at grid point g beats every other by more than tol} */
  private boolean certified(int k, int g) {
    double l = lambda[g];
    double fk = l * effects[base + k] - costs[base + k];
    for (int j = 0; j < m; j++) {
      if (j != k && !(fk - (l * effects[base + j] - costs[base + j]) > tol)) {
        return false;
      }
    }
    return true;
  }

  /** {@return the plain comparison's winner at grid point g: highest NMB, first on ties} */
  private int plainWinner(int g) {
    plainPoints++;
    double l = lambda[g];
    int best = 0;
    double bestValue = l * effects[base] - costs[base];
    for (int j = 1; j < m; j++) {
      double v = l * effects[base + j] - costs[base + j];
      if (v > bestValue) {
        best = j;
        bestValue = v;
      }
    }
    return best;
  }

  /** Compares plainly at every grid point of [a, b), recording runs of equal winners. */
  private void plainRun(int a, int b) {
    int g = a;
    while (g < b) {
      int k = plainWinner(g);
      int h = g + 1;
      while (h < b && plainWinner(h) == k) {
        h++;
      }
      record(k, g, h);
      g = h;
    }
  }

  /** Adds a run of option k on grid points [a, b) to the difference arrays. */
  private void record(int k, int a, int b) {
    int row = k * (w + 1);
    count[row + a]++;
    int p = (row + a) * slots;
    double ek = effects[base + k];
    double ck = costs[base + k];
    if (b < w) {
      count[row + b]--;
      int q = (row + b) * slots;
      for (int j = 0; j < m; j++) {
        if (j != k) {
          double de = ek - effects[base + j];
          double dc = ck - costs[base + j];
          sums[p++] += de;
          sums[p++] += dc;
          sums[q++] -= de;
          sums[q++] -= dc;
        }
      }
    } else {
      for (int j = 0; j < m; j++) {
        if (j != k) {
          sums[p++] += ek - effects[base + j];
          sums[p++] += ck - costs[base + j];
        }
      }
    }
  }

  private Result finish(int[] frontier) {
    int[] wins = new int[w * m];
    double[] loss = new double[w];
    double[] running = new double[slots];
    for (int k = 0; k < m; k++) {
      int row = k * (w + 1);
      int c = 0;
      java.util.Arrays.fill(running, 0.0);
      for (int g = 0; g < w; g++) {
        c += count[row + g];
        int p = (row + g) * slots;
        for (int s = 0; s < slots; s++) {
          running[s] += sums[p + s];
        }
        wins[g * m + k] = c;
        if (c == 0) {
          // No draw is in the sums here, so they are 0 exactly; drop rounding residue.
          java.util.Arrays.fill(running, 0.0);
        } else if (k != frontier[g]) {
          int j = frontier[g];
          int slot = 2 * (j < k ? j : j - 1);
          loss[g] += lambda[g] * running[slot] - running[slot + 1];
        }
      }
    }
    return new Result(wins, loss, plainPoints);
  }
}
