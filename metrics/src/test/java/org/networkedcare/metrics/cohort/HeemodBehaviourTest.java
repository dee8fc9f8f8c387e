package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.networkedcare.metrics.json.CohortJson;

/**
 * heemod's documented behaviour (heemod 1.1.0 source, github.com/aphp/heemod, read for behaviour
 * only): {@code discount()} in R/utils.R and its help page man/discount.Rd; the three counting
 * methods in R/correct_counts.R and man/run_model.Rd; the complement {@code C} in R/matrix_eval.R
 * ({@code replace_C}); and heemod's own regression test tests/testthat/test_dmhee.R, which matches
 * the HIV model of Briggs, Claxton and Sculpher (2006), Example 2.5.
 */
class HeemodBehaviourTest {

  /**
   * man/discount.Rd's example {@code discount(rep(10, 5), .02)} is 10 / 1.02^(0:4) = 10,
   * 9.803921568627452, 9.611687812379854, 9.423223345470443, 9.238454260265142 (first = FALSE: the
   * first value is not discounted). One person in one absorbing state worth 10 a cycle gives those
   * values under every method.
   */
  @Test
  void discountAsHeemodsHelpPageExample() {
    double[] expected = {
      10.0, 9.803921568627452, 9.611687812379854, 9.423223345470443, 9.238454260265142
    };
    for (Method m : Method.values()) {
      CohortResult r =
          CohortModel.builder()
              .states("alive")
              .cycles(5)
              .initialCount("alive", 1)
              .value("v", 0.02)
              .stateValues("v", java.util.Map.of("alive", "10"))
              .method(m)
              .strategy(
                  new Strategy(
                      "only",
                      java.util.Map.of("alive", java.util.Map.of("alive", "1")),
                      java.util.Map.of()))
              .build()
              .run();
      for (int t = 1; t <= 5; t++) {
        assertEquals(expected[t - 1], r.value(0, t, 0), 1e-12, m + " cycle " + t);
      }
    }
  }

  /**
   * {@code correct_counts()}: "beginning" drops the last row of the trace (x_0..x_(T-1)), "end" the
   * first (x_1..x_T), "life-table" averages the two; so the three totals of a value satisfy
   * life-table = (beginning + end) / 2, cycle by cycle.
   */
  @Test
  void lifeTableIsTheMeanOfBeginningAndEnd() {
    CohortResult r = CohortJson.parse(Models.threeState("life-table")).run();
    for (int s = 0; s < 2; s++) {
      for (int t = 1; t <= 3; t++) {
        for (int v = 0; v < 2; v++) {
          double mean =
              (r.discounted(s, Method.BEGINNING, t, v) + r.discounted(s, Method.END, t, v)) / 2;
          assertEquals(mean, r.discounted(s, Method.LIFE_TABLE, t, v), 1e-9);
        }
      }
    }
  }

  /**
   * heemod's tests/testthat/test_dmhee.R "exactly match HIV model": monotherapy against combination
   * therapy (relative risk 0.509 in the first two cycles, lamivudine GBP 2,086.50 a year in those
   * cycles), 20 cycles, method "end", one person; total cost discounted at 6% with {@code first =
   * TRUE}; life years undiscounted. heemod (and Briggs et al.'s Excel model) give costs
   * 44,663.4535637 and 50,601.6513312, life years 7.9912066 and 8.9373889, ICER 6,275.95560.
   */
  @Test
  void briggsHivModelAsHeemodsTest() {
    String json =
        """
        {"schemaVersion": 1, "states": ["A", "B", "C", "D"], "cycles": 20, "method": "end",
         "initialCounts": {"A": 1},
         "values": [{"name": "cost_total", "discountRate": 0.06, "discountFirst": true},
                    {"name": "life_year"}],
         "cost": "cost_total", "effect": "life_year",
         "parameters": {"cost_zido": {"value": 2278}, "rr_comb": {"value": 0.509}},
         "strategies": [
           {"name": "mono",
            "transitions": {"A": {"A": "1251/1734", "B": "350/1734", "C": "116/1734", "D": "17/1734"},
                            "B": {"B": "731/1258", "C": "512/1258", "D": "15/1258"},
                            "C": {"C": "1312/1749", "D": "437/1749"},
                            "D": {"D": 1}},
            "stateValues": {"cost_total": {"A": "2756 + cost_zido", "B": "3052 + cost_zido",
                                           "C": "9007 + cost_zido", "D": 0},
                            "life_year": {"A": 1, "B": 1, "C": 1, "D": 0}}},
           {"name": "comb",
            "transitions": {
              "A": {"A": "C", "B": "350/1734 * if(cycle <= 2, rr_comb, 1)", "C": "116/1734 * if(cycle <= 2, rr_comb, 1)",
                    "D": "17/1734 * if(model_time <= 2, rr_comb, 1)"},
              "B": {"B": "C", "C": "512/1258 * if(cycle <= 2, rr_comb, 1)", "D": "15/1258 * if(cycle <= 2, rr_comb, 1)"},
              "C": {"C": "C", "D": "437/1749 * if(cycle <= 2, rr_comb, 1)"},
              "D": {"D": 1}},
            "stateValues": {"cost_total": {"A": "2756 + cost_zido + if(cycle <= 2, 2086.5, 0)",
                                           "B": "3052 + cost_zido + if(cycle <= 2, 2086.5, 0)",
                                           "C": "9007 + cost_zido + if(cycle <= 2, 2086.5, 0)", "D": 0},
                            "life_year": {"A": 1, "B": 1, "C": 1, "D": 0}}}]}
        """;
    CohortResult r = CohortJson.parse(json).run();
    assertEquals(44663.4535637, r.total("mono", Method.END, "cost_total"), 1e-6);
    assertEquals(50601.6513312, r.total("comb", Method.END, "cost_total"), 1e-6);
    assertEquals(7.9912066, r.total("mono", Method.END, "life_year"), 1e-7);
    assertEquals(8.9373889, r.total("comb", Method.END, "life_year"), 1e-7);
    assertEquals(6275.95560, r.incremental().get(0).icer().getAsDouble(), 1e-4);
  }
}
