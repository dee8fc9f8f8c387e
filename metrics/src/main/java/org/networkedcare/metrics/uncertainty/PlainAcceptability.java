package org.networkedcare.metrics.uncertainty;

/**
 * The plain loop that defines the acceptability outputs: for every wtp and every draw, compute each
 * option's {@code wtp * effect - cost} and keep the first highest. O(draws x options x grid). It is
 * the oracle the fast kernel is tested against, and the baseline of the benchmark.
 */
final class PlainAcceptability {

  private PlainAcceptability() {}

  /** {@return {@code wins[i * m + k]}, draws in which option k is best at grid value i} */
  static int[] wins(CostEffectivenessSample sample, WtpGrid grid) {
    int m = sample.optionCount();
    int n = sample.draws();
    double[] c = sample.costsArray();
    double[] e = sample.effectsArray();
    double[] wtp = grid.values();
    int[] wins = new int[wtp.length * m];
    for (int d = 0; d < n; d++) {
      int base = d * m;
      for (int i = 0; i < wtp.length; i++) {
        wins[i * m + winner(wtp[i], c, e, base, m)]++;
      }
    }
    return wins;
  }

  /** {@return EVPI per grid value as the definition reads: mean of max minus max of mean} */
  static double[] evpi(CostEffectivenessSample sample, WtpGrid grid) {
    int m = sample.optionCount();
    int n = sample.draws();
    double[] c = sample.costsArray();
    double[] e = sample.effectsArray();
    double[] wtp = grid.values();
    double[] evpi = new double[wtp.length];
    double[] maxima = new double[n];
    for (int i = 0; i < wtp.length; i++) {
      double l = wtp[i];
      for (int d = 0; d < n; d++) {
        int base = d * m;
        int k = winner(l, c, e, base, m);
        maxima[d] = l * e[base + k] - c[base + k];
      }
      double bestMean = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < m; j++) {
        bestMean = Math.max(bestMean, l * sample.meanEffect(j) - sample.meanCost(j));
      }
      evpi[i] = Sums.mean(maxima, 0, 1, n) - bestMean;
    }
    return evpi;
  }

  /** {@return the first option with the highest {@code wtp * effect - cost} in one draw} */
  static int winner(double wtp, double[] c, double[] e, int base, int m) {
    int best = 0;
    double bestValue = wtp * e[base] - c[base];
    for (int j = 1; j < m; j++) {
      double v = wtp * e[base + j] - c[base + j];
      if (v > bestValue) {
        best = j;
        bestValue = v;
      }
    }
    return best;
  }
}
