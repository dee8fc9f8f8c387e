package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.networkedcare.metrics.uncertainty.FrontierIcers.Row;
import org.networkedcare.metrics.uncertainty.FrontierIcers.Status;

class FrontierIcersTest {

  private static String show(Row r) {
    return r.option()
        + " "
        + r.cost()
        + " "
        + r.effect()
        + " "
        + opt(r.incrementalCost())
        + " "
        + opt(r.incrementalEffect())
        + " "
        + opt(r.icer())
        + " "
        + r.status();
  }

  private static String opt(OptionalDouble d) {
    return d.isPresent() ? String.valueOf(d.getAsDouble()) : "-";
  }

  @Test
  void strongThenExtendedDominance() {
    // Given out of cost order. Sorted by cost, then effect descending:
    //   base (0, 0), x (1000, 0.5), y (3000, 1.0), w (3000, 0.75), z (4000, 1.5).
    // Strong: w costs as much as y for less effect (0.75 <= 1.0): dominated.
    // ICERs: x vs base 1000 / 0.5 = 2000; y vs x 2000 / 0.5 = 4000; z vs y 1000 / 0.5 = 2000.
    // y's 4000 > z's 2000: y extendedly dominated. Again: x 2000, z vs x 3000 / 1.0 = 3000. Done.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("z", "w", "base", "y", "x"),
            new double[] {4000, 3000, 0, 3000, 1000},
            new double[] {1.5, 0.75, 0, 1.0, 0.5});
    List<String> rows = FrontierIcers.of(s).rows().stream().map(FrontierIcersTest::show).toList();
    assertEquals(
        List.of(
            "base 0.0 0.0 - - - NON_DOMINATED",
            "x 1000.0 0.5 1000.0 0.5 2000.0 NON_DOMINATED",
            "z 4000.0 1.5 3000.0 1.0 3000.0 NON_DOMINATED",
            "y 3000.0 1.0 - - - EXTENDEDLY_DOMINATED",
            "w 3000.0 0.75 - - - DOMINATED"),
        rows);
  }

  @Test
  void marksEveryExtendedlyDominatedOptionOfAPassAtOnce() {
    // Points (cost, effect): a (0, 0), b (1000, 1), c (4000, 2), d (6500, 3), e (8500, 4).
    // ICERs: b 1000, c 3000, d 2500, e 2000. Pass 1: c (3000 > 2500) and d (2500 > 2000).
    // Pass 2: a, b, e; e vs b = 7500 / 3 = 2500 > 1000. Frontier a, b, e.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("a", "b", "c", "d", "e"),
            new double[] {0, 1000, 4000, 6500, 8500},
            new double[] {0, 1, 2, 3, 4});
    List<String> rows = FrontierIcers.of(s).rows().stream().map(FrontierIcersTest::show).toList();
    assertEquals(
        List.of(
            "a 0.0 0.0 - - - NON_DOMINATED",
            "b 1000.0 1.0 1000.0 1.0 1000.0 NON_DOMINATED",
            "e 8500.0 4.0 7500.0 3.0 2500.0 NON_DOMINATED",
            "c 4000.0 2.0 - - - EXTENDEDLY_DOMINATED",
            "d 6500.0 3.0 - - - EXTENDEDLY_DOMINATED"),
        rows);
  }

  @Test
  void equalIcersStayOnTheFrontier() {
    // ICERs 1000 / 1 = 1000 and 1000 / 1 = 1000: not greater, so no extended dominance.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("a", "b", "c"), new double[] {0, 1000, 2000}, new double[] {0, 1, 2});
    assertTrue(
        FrontierIcers.of(s).rows().stream().allMatch(r -> r.status() == Status.NON_DOMINATED));
  }

  @Test
  void equalEffectAtHigherCostIsDominatedAndCheaperEqualIsKept() {
    // usual (500, 8.2) and leaflet (800, 8.2): leaflet costs more for the same effect. Identical
    // twins (500, 8.2): the one given second is dominated.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("leaflet", "usual", "twin"),
            new double[] {800, 500, 500},
            new double[] {8.2, 8.2, 8.2});
    List<String> rows = FrontierIcers.of(s).rows().stream().map(FrontierIcersTest::show).toList();
    assertEquals(
        List.of(
            "usual 500.0 8.2 - - - NON_DOMINATED",
            "twin 500.0 8.2 - - - DOMINATED",
            "leaflet 800.0 8.2 - - - DOMINATED"),
        rows);
  }

  @Test
  void cheapestAndBestDominatesAll() {
    // hub is cheapest and most effective: every other option is dominated; the frontier is hub
    // alone.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("a", "hub", "b"), new double[] {300, 100, 200}, new double[] {1, 2, 1.5});
    FrontierIcers f = FrontierIcers.of(s);
    assertEquals(List.of("hub"), f.frontier().stream().map(Row::option).toList());
    assertEquals(
        List.of("b DOMINATED", "a DOMINATED"),
        f.rows().stream().skip(1).map(r -> r.option() + " " + r.status()).toList());
  }

  @Test
  void oneOptionIsItsOwnFrontier() {
    CostEffectivenessSample s =
        Samples.deterministic(List.of("only"), new double[] {5}, new double[] {1});
    assertEquals(
        List.of("only 5.0 1.0 - - - NON_DOMINATED"),
        FrontierIcers.of(s).rows().stream().map(FrontierIcersTest::show).toList());
  }

  @Test
  void usesMeanCostsAndEffectsOfDraws() {
    // a: costs 0, 2 -> mean 1; effects 0, 0 -> 0. b: costs 10, 30 -> 20; effects 1, 3 -> 2.
    // ICER (20 - 1) / (2 - 0) = 9.5.
    CostEffectivenessSample s =
        CostEffectivenessSample.of(
            List.of("a", "b"), new double[][] {{0, 10}, {2, 30}}, new double[][] {{0, 1}, {0, 3}});
    assertEquals(9.5, FrontierIcers.of(s).rows().get(1).icer().getAsDouble());
  }
}
