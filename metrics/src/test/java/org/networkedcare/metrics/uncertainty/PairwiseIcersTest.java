package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;

class PairwiseIcersTest {

  @Test
  void referenceMinusEachOtherOption() {
    // Two draws. ref: costs 100, 300 / effects 2, 4. a: 50, 50 / 1, 1. b: 400, 200 / 3, 3. c: 0, 0
    // / 2, 2.
    // ref - a: costs 50, 250 -> mean 150; effects 1, 3 -> 2; ICER 150 / 2 = 75.
    // ref - b: costs -300, 100 -> -100; effects -1, 1 -> 0; no ICER.
    // ref - c: costs 100, 300 -> 200; effects 0, 2 -> 1; ICER 200.
    CostEffectivenessSample s =
        CostEffectivenessSample.of(
            List.of("a", "ref", "b", "c"),
            new double[][] {{50, 100, 400, 0}, {50, 300, 200, 0}},
            new double[][] {{1, 2, 3, 2}, {1, 4, 3, 2}});
    PairwiseIcers p = PairwiseIcers.against(s, "ref");
    assertEquals("ref", p.reference());
    List<String> rows =
        p.rows().stream()
            .map(
                r ->
                    r.option()
                        + " "
                        + r.incrementalCost()
                        + " "
                        + r.incrementalEffect()
                        + " "
                        + (r.icer().isPresent() ? String.valueOf(r.icer().getAsDouble()) : "-"))
            .toList();
    assertEquals(List.of("a 150.0 2.0 75.0", "b -100.0 0.0 -", "c 200.0 1.0 200.0"), rows);
  }

  @Test
  void negativeIncrementsGiveAPositiveIcer() {
    // Deterministic, reference usual (500, 8.2), other option enhanced (4700, 8.45). Reference
    // minus
    // option: 500 - 4700 = -4200 and 8.2 - 8.45 (-0.25 up to rounding); ICER -4200 / -0.25 = 16800.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("enhanced", "usual"), new double[] {4700, 500}, new double[] {8.45, 8.2});
    PairwiseIcers.Row row = PairwiseIcers.against(s, "usual").rows().get(0);
    assertEquals(-4200.0, row.incrementalCost());
    assertEquals(8.2 - 8.45, row.incrementalEffect());
    assertEquals(-4200.0 / (8.2 - 8.45), row.icer().getAsDouble());
  }

  @Test
  void refusesAnUnknownReference() {
    CostEffectivenessSample s =
        Samples.deterministic(List.of("a", "b"), new double[] {1, 2}, new double[] {1, 2});
    ValidationException e =
        assertThrows(ValidationException.class, () -> PairwiseIcers.against(s, "c"));
    assertEquals("/reference", e.problems().get(0).path());
    assertEquals(
        "reference 'c' is not an option; the options are a, b", e.problems().get(0).message());
    assertThrows(NullPointerException.class, () -> PairwiseIcers.against(s, null));
  }

  @Test
  void aSingleOptionHasNoComparisons() {
    CostEffectivenessSample s =
        Samples.deterministic(List.of("a"), new double[] {1}, new double[] {1});
    assertEquals(List.of(), PairwiseIcers.against(s, "a").rows());
  }
}
