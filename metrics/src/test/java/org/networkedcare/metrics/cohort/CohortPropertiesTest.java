package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of random models (QuickTheories draws the seed; replay a failure with -DQT_SEED=n):
 * the cohort is conserved every cycle; totals are linear in the state values; a zero discount rate
 * gives the undiscounted sum; life-table is the mean of beginning and end.
 */
class CohortPropertiesTest {

  /**
   * A random model: n states, a random dense stochastic matrix (last cell of each row the
   * complement), random values.
   */
  static CohortModel random(long seed, int n, int cycles, double rate, double scale) {
    Random r = new Random(seed);
    CohortModel.Builder b = CohortModel.builder().cycles(cycles).value("v", rate).value("w", 0);
    Map<String, Map<String, String>> transitions = new LinkedHashMap<>();
    Map<String, String> v = new LinkedHashMap<>();
    Map<String, String> w = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      b.states("s" + i);
      b.initialCount("s" + i, r.nextInt(1000));
      Map<String, String> row = new LinkedHashMap<>();
      double left = 1;
      for (int j = 0; j < n - 1; j++) {
        double p = left * r.nextDouble() * 0.5;
        left -= p;
        row.put("s" + j, Double.toString(p));
      }
      row.put("s" + (n - 1), "C");
      transitions.put("s" + i, row);
      double value = r.nextDouble() * 1000 - 200;
      v.put("s" + i, Double.toString(value * scale));
      w.put("s" + i, Double.toString(value));
    }
    b.initialCount("s0", 1000 + r.nextInt(1000));
    return b.stateValues("v", v)
        .stateValues("w", w)
        .strategy(new Strategy("only", transitions, Map.of()))
        .build();
  }

  @Test
  void theCohortIsConservedEveryCycle() {
    qt().forAll(longs().all(), integers().between(1, 8), integers().between(1, 60))
        .checkAssert(
            (seed, n, cycles) -> {
              CohortResult r = random(seed, n, cycles, 0.035, 1).run();
              for (int t = 0; t <= cycles; t++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                  sum += r.trace(0, t, i);
                }
                assertEquals(r.cohortSize(), sum, 1e-9 * r.cohortSize() * (t + 1));
              }
            });
  }

  @Test
  void totalsAreLinearInTheValues() {
    qt().forAll(longs().all(), integers().between(1, 6), integers().between(-5, 5))
        .checkAssert(
            (seed, n, k) -> {
              double scale = k / 2.0;
              CohortResult r = random(seed, n, 12, 0, scale).run();
              for (Method m : Method.values()) {
                double w = r.total(0, m, 1);
                assertEquals(scale * w, r.total(0, m, 0), 1e-9 * Math.max(1, Math.abs(scale * w)));
              }
            });
  }

  @Test
  void aZeroRateGivesTheUndiscountedSumAndAPositiveRateLess() {
    qt().forAll(longs().all(), integers().between(1, 6), integers().between(1, 40))
        .checkAssert(
            (seed, n, cycles) -> {
              CohortResult r = random(seed, n, cycles, 0.035, 1).run();
              for (Method m : Method.values()) {
                assertEquals(r.undiscountedTotal(0, m, 1), r.total(0, m, 1), 0);
                double lt = (r.total(0, Method.BEGINNING, 0) + r.total(0, Method.END, 0)) / 2;
                assertEquals(
                    lt, r.total(0, Method.LIFE_TABLE, 0), 1e-9 * Math.max(1, Math.abs(lt)));
              }
            });
  }

  @Test
  void thePreparedHookAgreesWithTheFullRun() {
    qt().forAll(longs().all(), integers().between(1, 6))
        .checkAssert(
            (seed, n) -> {
              CohortModel model = random(seed, n, 20, 0.035, 1);
              PreparedCohort prepared = model.prepare();
              CohortResult r = model.run();
              double[] out = new double[prepared.outputNames().size()];
              prepared.evaluate(prepared.baseValues(), out);
              assertEquals(r.total(0, model.method(), 0), out[0], 0);
              assertEquals(r.total(0, model.method(), 1), out[1], 0);
            });
  }
}
