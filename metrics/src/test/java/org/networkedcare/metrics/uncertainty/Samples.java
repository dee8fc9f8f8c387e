package org.networkedcare.metrics.uncertainty;

import java.util.List;

/** Small samples for tests. */
final class Samples {

  private Samples() {}

  /** {@return a one-draw (deterministic) sample} */
  static CostEffectivenessSample deterministic(
      List<String> options, double[] costs, double[] effects) {
    return CostEffectivenessSample.of(options, new double[][] {costs}, new double[][] {effects});
  }
}
