package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.networkedcare.metrics.json.CohortJson;

/**
 * The three-state model of {@link Models#threeState} worked by hand. Expected figures are exact
 * decimal arithmetic (checked with Python fractions); the arithmetic is in the comments.
 */
class HandCalculationTest {

  private static final double EPS = 1e-9;

  private static CohortResult run(String method) {
    return CohortJson.parse(Models.threeState(method)).run();
  }

  /**
   * Unsupported trace: x0 = (1000, 0, 0); x1 = (850, 100, 50); x2 = (850 x 0.85, 850 x 0.10 + 100 x
   * 0.7, 850 x 0.05 + 100 x 0.3 + 50) = (722.5, 155, 122.5); x3 = (614.125, 72.25 + 108.5, 36.125 +
   * 46.5 + 122.5) = (614.125, 180.75, 205.125). Each sums to 1,000.
   */
  @Test
  void traceByHand() {
    CohortResult r = run("life-table");
    double[][] expected = {
      {1000, 0, 0}, {850, 100, 50}, {722.5, 155, 122.5}, {614.125, 180.75, 205.125}
    };
    for (int t = 0; t <= 3; t++) {
      for (int i = 0; i < 3; i++) {
        assertEquals(expected[t][i], r.trace(0, t, i), EPS, "t=" + t + " state " + i);
      }
    }
    // The spec's worked check: the life-table count of 'well' in cycle 1 is (1000 + 850) / 2 = 925.
    assertEquals(925, r.count(0, 1, 0), EPS);
    assertEquals(1000, r.count(0, Method.BEGINNING, 1, 0), EPS);
    assertEquals(850, r.count(0, Method.END, 1, 0), EPS);
  }

  /**
   * Cost per cycle (100 well, 500 sick), unsupported. Beginning (x0, x1, x2): 100,000; 85,000 +
   * 50,000 = 135,000; 72,250 + 77,500 = 149,750; sum 384,750. End (x1, x2, x3): 135,000; 149,750;
   * 61,412.5 + 90,375 = 151,787.5; sum 436,537.5. Life-table (means): 117,500; 142,375; 150,768.75;
   * sum 410,643.75. Discounted at 3.5% with factors 1, 1/1.035, 1/1.035^2: beginning
   * 370,228.0099885645; end 421,381.2457700297; life-table 395,804.6278792971.
   */
  @Test
  void costsUnderTheThreeMethods() {
    CohortResult r = run("life-table");
    assertEquals(384750, r.undiscountedTotal(0, Method.BEGINNING, 0), EPS);
    assertEquals(436537.5, r.undiscountedTotal(0, Method.END, 0), EPS);
    assertEquals(410643.75, r.undiscountedTotal(0, Method.LIFE_TABLE, 0), EPS);
    assertEquals(117500, r.undiscounted(0, Method.LIFE_TABLE, 1, 0), EPS);
    assertEquals(142375, r.undiscounted(0, Method.LIFE_TABLE, 2, 0), EPS);
    assertEquals(150768.75, r.undiscounted(0, Method.LIFE_TABLE, 3, 0), EPS);
    assertEquals(370228.0099885645, r.total(0, Method.BEGINNING, 0), 1e-6);
    assertEquals(421381.2457700297, r.total(0, Method.END, 0), 1e-6);
    assertEquals(395804.6278792971, r.total("unsupported", Method.LIFE_TABLE, "cost"), 1e-6);
    // Cycle 2 discounted: 142,375 / 1.035 = 137,560.38647342995.
    assertEquals(137560.38647342995, r.value(0, 2, 0), 1e-6);
    assertEquals(1 / 1.035, r.discountFactor(0, 2), 1e-15);
  }

  /**
   * QALYs (1 well, 0.6 sick), life-table: 955; (910 + 815.5) / 2 = 862.75; (815.5 + 722.575) / 2 =
   * 769.0375; sum 2,586.7875; at 1.5%: 2,551.475284525225.
   */
  @Test
  void qalysLifeTable() {
    CohortResult r = run("life-table");
    assertEquals(955, r.undiscounted(0, Method.LIFE_TABLE, 1, 1), EPS);
    assertEquals(2586.7875, r.undiscountedTotal(0, Method.LIFE_TABLE, 1), EPS);
    assertEquals(2551.475284525225, r.total(0, Method.LIFE_TABLE, 1), 1e-6);
  }

  /**
   * Supported: p_sick x rr = 0.05, so x1 = (900, 50, 50), x2 = (810, 80, 110), x3 = (729, 96.5,
   * 174.5); costs (150 well) life-table 155,000; 160,750; 159,550 -> 459,255.6419052953 at 3.5%;
   * QALYs 965; 894; 822.45 -> 2,644.108932514742 at 1.5%. Per person against unsupported: cost
   * (459,255.6419 - 395,804.6279) / 1000 = 63.451014026; QALYs (2,644.1089 - 2,551.4753) / 1000 =
   * 0.092633648; ICER 684.96723818; NMB at 20,000: 1,789.2219458.
   */
  @Test
  void incrementalAgainstTheFirstStrategy() {
    CohortResult r = run("life-table");
    assertEquals(459255.6419052953, r.total(1, Method.LIFE_TABLE, 0), 1e-6);
    assertEquals(2644.108932514742, r.total(1, Method.LIFE_TABLE, 1), 1e-6);
    CohortResult.Incremental inc = r.incremental().get(0);
    assertEquals("supported", inc.strategy());
    assertEquals("unsupported", inc.comparator());
    assertEquals(63.451014025998276, inc.cost(), 1e-9);
    assertEquals(0.09263364798951686, inc.effect(), 1e-12);
    assertEquals(684.9672381808701, inc.icer().getAsDouble(), 1e-6);
    assertEquals(1789.221945764339, inc.nmb(), 1e-6);
  }

  /**
   * The model's method chooses the counts and values given per cycle; totals exist under all three.
   */
  @Test
  void theModelsMethodChoosesTheCounts() {
    CohortResult end = run("end");
    assertEquals(Method.END, end.method());
    assertEquals(850, end.count(0, 1, 0), EPS);
    assertEquals(135000, end.value(0, 1, 0), EPS);
    CohortResult beginning = run("beginning");
    assertEquals(1000, beginning.count(0, 1, 0), EPS);
    assertEquals(100000, beginning.value(0, 1, 0), EPS);
    assertEquals(end.total(0, Method.LIFE_TABLE, 0), beginning.total(0, Method.LIFE_TABLE, 0), EPS);
  }
}
