package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

class CostEffectivenessSampleTest {

  @Test
  void keepsValuesAndComputesMeans() {
    CostEffectivenessSample s =
        CostEffectivenessSample.of(
            List.of("a", "b"),
            new double[][] {{1, 10}, {3, 30}},
            new double[][] {{0.5, 1}, {1.5, 2}});
    assertEquals(List.of("a", "b"), s.options());
    assertEquals(2, s.draws());
    assertEquals(2, s.optionCount());
    assertEquals(30.0, s.cost(1, 1));
    assertEquals(1.5, s.effect(1, 0));
    // (1 + 3) / 2 = 2; (10 + 30) / 2 = 20; (0.5 + 1.5) / 2 = 1; (1 + 2) / 2 = 1.5
    assertEquals(2.0, s.meanCost(0));
    assertEquals(20.0, s.meanCost(1));
    assertEquals(1.0, s.meanEffect(0));
    assertEquals(1.5, s.meanEffect(1));
    assertEquals(1, s.indexOf("b").getAsInt());
    assertTrue(s.indexOf("c").isEmpty());
  }

  @Test
  void copiesItsInput() {
    double[][] costs = {{1, 2}};
    CostEffectivenessSample s =
        CostEffectivenessSample.of(List.of("a", "b"), costs, new double[][] {{0, 0}});
    costs[0][0] = 99;
    assertEquals(1.0, s.cost(0, 0));
  }

  @Test
  void compensatedMeanKeepsSmallValues() {
    // 1e16, 1, 1, -1e16 (and two more 1s) sum to 3 exactly; plain summation loses the 1s next to
    // 1e16.
    double[][] costs = {{1e16}, {1}, {1}, {-1e16}, {1}, {0}};
    double[][] effects = new double[6][1];
    CostEffectivenessSample s = CostEffectivenessSample.of(List.of("a"), costs, effects);
    assertEquals(0.5, s.meanCost(0));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                CostEffectivenessSample.of(
                    Arrays.asList("a", " ", "a", null),
                    new double[][] {
                      {1, 2, 3, 4}, {1, 2, 3}, {1, Double.NaN, 3, Double.POSITIVE_INFINITY}
                    },
                    new double[][] {{1, 2, 3, 4}, {1, 2, 3, 4}}));
    List<String> found = e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    assertEquals(
        List.of(
            "/options/1 blank",
            "/options/2 duplicate",
            "/options/3 required",
            "/effects draws.mismatch",
            "/costs/1 row.length",
            "/costs/2/1 not.finite",
            "/costs/2/3 not.finite"),
        found);
  }

  @Test
  void refusesNoOptionsAndNoDraws() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> CostEffectivenessSample.of(List.of(), new double[0][], new double[0][]));
    assertEquals(List.of("/options", "/costs"), e.problems().stream().map(Problem::path).toList());
  }

  @Test
  void countsRatherThanListsManyBadCells() {
    double[][] costs = new double[100][1];
    for (double[] row : costs) {
      row[0] = Double.NaN;
    }
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> CostEffectivenessSample.of(List.of("a"), costs, new double[100][1]));
    assertEquals(21, e.problems().size());
    assertEquals("80 more problems like the above", e.problems().get(20).message());
  }

  @Test
  void refusesNull() {
    assertThrows(
        NullPointerException.class,
        () -> CostEffectivenessSample.of(null, new double[1][1], new double[1][1]));
    assertThrows(
        NullPointerException.class,
        () -> CostEffectivenessSample.of(List.of("a"), null, new double[1][1]));
  }

  @Test
  void checksIndices() {
    CostEffectivenessSample s =
        CostEffectivenessSample.of(List.of("a"), new double[][] {{1}}, new double[][] {{1}});
    assertThrows(IndexOutOfBoundsException.class, () -> s.cost(1, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> s.effect(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> s.meanCost(-1));
  }
}
