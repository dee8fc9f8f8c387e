package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-way sensitivity (heemod's run_dsa) and the probabilistic analysis's hook. */
class DsaAndHookTest {

  private static final CohortModel MODEL = CohortModel.parse(Models.threeState("life-table"));

  /**
   * Rows in dsa.csv order: parameter as defined (p_sick, rr; p_sick_supported has no range), bound
   * low then high, strategy, value: 2 x 2 x 2 x 2 = 16 rows. With rr at its high value 0.9, the
   * supported strategy's p_sick_supported follows it: 0.10 x 0.9 = 0.09.
   */
  @Test
  void rowsInOrderAndDerivedParametersFollow() {
    DsaResult dsa = MODEL.dsa();
    assertEquals(16, dsa.rows().size());
    DsaResult.Row first = dsa.rows().get(0);
    assertEquals(
        List.of("p_sick", "low", 0.08, "unsupported", "cost"),
        List.of(
            first.parameter(),
            first.bound(),
            first.parameterValue(),
            first.strategy(),
            first.value()));
    assertEquals("rr", dsa.rows().get(8).parameter());
    assertEquals("high", dsa.rows().get(12).bound());
    PreparedCohort prepared = MODEL.prepare();
    double[] given = new double[3];
    Arrays.fill(given, Double.NaN);
    given[prepared.parameterIndex("rr")] = 0.9;
    double[] p = prepared.resolve(given);
    assertEquals(0.09, p[prepared.parameterIndex("p_sick_supported")], 1e-15);
    // The row for rr high, supported, cost is the model's total with that p_sick_supported.
    DsaResult.Row row = dsa.rows().get(14);
    assertEquals(
        List.of("rr", "high", "supported", "cost"),
        List.of(row.parameter(), row.bound(), row.strategy(), row.value()));
    assertEquals(prepared.run(given).total(1, Method.LIFE_TABLE, 0), row.total(), 0);
  }

  /**
   * Unsupported does not depend on rr, so rr moves only the supported strategy; p_sick moves both.
   * The bars rank by swing of the incremental NMB, largest first, and each swing is |high - low|.
   */
  @Test
  void barsRankedBySwing() {
    DsaResult dsa = MODEL.dsa();
    assertEquals(DsaRanking.NMB, dsa.ranking());
    assertEquals(2, dsa.bars().size());
    DsaResult.Bar top = dsa.bars().get(0);
    DsaResult.Bar next = dsa.bars().get(1);
    assertTrue(top.swing() >= next.swing());
    assertEquals(Math.abs(top.high() - top.low()), top.swing(), 0);
    assertEquals(
        "rr", top.parameter(), "rr 0.4-0.9 moves the supported risk of sickness 0.04-0.09");
  }

  @Test
  void theHookEvaluatesDrawsAndNaNMeansAsDefined() {
    PreparedCohort prepared = MODEL.prepare();
    ParametricModel hook = prepared;
    assertEquals(List.of("p_sick", "rr", "p_sick_supported"), hook.parameterNames());
    assertEquals(
        List.of("unsupported/cost", "unsupported/qaly", "supported/cost", "supported/qaly"),
        hook.outputNames());
    double[] base = hook.baseValues();
    assertEquals(0.05, base[2], 1e-15);
    double[] out = new double[4];
    double[] nan = new double[3];
    Arrays.fill(nan, Double.NaN);
    hook.evaluate(nan, out);
    assertEquals(395804.6278792971, out[0], 1e-6);
    assertEquals(459255.6419052953, out[2], 1e-6);
    // A draw of rr = 1 makes supported's risk of sickness 0.10, as unsupported's: QALYs equal.
    nan[1] = 1;
    hook.evaluate(nan, out);
    assertEquals(out[1], out[3], 1e-9);
  }
}
