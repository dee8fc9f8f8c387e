package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.networkedcare.metrics.json.CohortJson;

/** One-way sensitivity (heemod's run_dsa) and the probabilistic analysis's hook. */
class DsaAndHookTest {

  private static final CohortModel MODEL = CohortJson.parse(Models.threeState("life-table"));

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

  /**
   * The hook's totals (accumulated cycle by cycle, re-evaluating only the cells that read the
   * cycle) are the same doubles, bit for bit, as the full run's per-cycle amounts summed: under
   * each method, over 200 seeded draws of a model in which one row's cell reads the cycle, another
   * row's values read it, and the other rows read neither.
   */
  @Test
  void theHookTotalsEqualTheFullRunsBitForBit() {
    for (Method method : Method.values()) {
      Map<String, String> ill = new LinkedHashMap<>();
      ill.put("ill", "C");
      ill.put("dead", "if(cycle < 4, p_die, p_die * 2)");
      CohortModel model =
          CohortModel.builder()
              .title("bits")
              .cycles(12)
              .method(method)
              .value("cost", 0.035)
              .value("qaly", 0.015)
              .costAndEffect("cost", "qaly")
              .parameter("p_ill", ModelParameter.of(0.2, 0.1, 0.3))
              .parameter("p_die", ModelParameter.of(0.05, 0.01, 0.1))
              .parameter("c", ModelParameter.of(900, 500, 1500))
              .states("well", "ill", "dead")
              .initialCount("well", 700)
              .stateValues(
                  "cost", Map.of("well", "c / 10", "ill", "c * (1 + cycle / 10)", "dead", "0"))
              .stateValues("qaly", Map.of("well", "0.9", "ill", "0.6", "dead", "0"))
              .strategy(
                  new Strategy(
                      "only",
                      Map.of(
                          "well", Map.of("well", "C", "ill", "p_ill", "dead", "0.01"),
                          "ill", ill,
                          "dead", Map.of("dead", "1")),
                      Map.of()))
              .build();
      PreparedCohort prepared = model.prepare();
      SplittableRandom random = new SplittableRandom(20261202L + method.ordinal());
      double[] draw = new double[prepared.parameterNames().size()];
      double[] out = new double[prepared.outputNames().size()];
      for (int n = 0; n < 200; n++) {
        draw[prepared.parameterIndex("p_ill")] = 0.1 + 0.2 * random.nextDouble();
        draw[prepared.parameterIndex("p_die")] = 0.01 + 0.09 * random.nextDouble();
        draw[prepared.parameterIndex("c")] = 500 + 1000 * random.nextDouble();
        prepared.evaluate(draw, out);
        CohortResult full = prepared.run(draw);
        assertEquals(full.total(0, method, 0), out[0], 0, method + " cost, draw " + n);
        assertEquals(full.total(0, method, 1), out[1], 0, method + " qaly, draw " + n);
        double[] hand =
            byHand(
                method,
                draw[prepared.parameterIndex("p_ill")],
                draw[prepared.parameterIndex("p_die")],
                draw[prepared.parameterIndex("c")]);
        assertEquals(hand[0], out[0], 1e-9 * hand[0], method + " cost by hand, draw " + n);
        assertEquals(hand[1], out[1], 1e-9 * hand[1], method + " qaly by hand, draw " + n);
      }
    }
  }

  /**
   * The model of the test above worked with plain loops: counts x_t = x_(t-1) P(t), cycle t valued
   * at x_(t-1) (beginning), x_t (end) or their mean (life-table), discounted by (1 + r)^-(t-1).
   */
  private static double[] byHand(Method method, double pIll, double pDie, double c) {
    double well = 700;
    double ill = 0;
    double dead = 0;
    double cost = 0;
    double qaly = 0;
    for (int t = 1; t <= 12; t++) {
      double die = t < 4 ? pDie : pDie * 2;
      double well1 = well * (1 - pIll - 0.01);
      double ill1 = well * pIll + ill * (1 - die);
      double dead1 = dead + well * 0.01 + ill * die;
      double w =
          method == Method.BEGINNING ? well : method == Method.END ? well1 : (well + well1) / 2;
      double i = method == Method.BEGINNING ? ill : method == Method.END ? ill1 : (ill + ill1) / 2;
      cost += (w * c / 10 + i * c * (1 + t / 10.0)) * Math.pow(1.035, -(t - 1));
      qaly += (w * 0.9 + i * 0.6) * Math.pow(1.015, -(t - 1));
      well = well1;
      ill = ill1;
      dead = dead1;
    }
    return new double[] {cost, qaly};
  }
}
