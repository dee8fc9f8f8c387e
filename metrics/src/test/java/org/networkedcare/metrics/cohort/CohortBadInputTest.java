package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.CohortJson;

/** Bad models: every problem reported at once, each at its JSON pointer with a stable code. */
class CohortBadInputTest {

  private static List<Problem> problems(String json) {
    return assertThrows(ValidationException.class, () -> CohortJson.parse(json)).problems();
  }

  private static String render(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private static void assertHas(List<Problem> problems, String path, String code) {
    assertTrue(
        problems.stream().anyMatch(p -> p.path().equals(path) && p.code().equals(code)),
        "no " + code + " at " + path + " in:\n" + render(problems));
  }

  @Test
  void everyStructuralProblemAtOnce() {
    List<Problem> p =
        problems(
            """
        {"schemaVersion": 1, "states": ["well", "sick", "well"], "cycles": 0,
         "initialCounts": {"well": -5, "ghost": 3},
         "values": [{"name": "cost", "discountRate": 1.5}], "cost": "cost", "effect": "qaly",
         "parameters": {"a": {"value": "b + 1"}, "b": {"value": "a * 2"}, "c": {"value": "1 +"},
                        "cycle": {"value": 1}},
         "stateValues": {"cost": {"well": "nope * 2", "sick": 1}},
         "strategies": [
           {"name": "x", "transitions": {
              "well": {"well": "C", "sick": "C"},
              "sick": {"sick": 1, "limbo": 0},
              "heaven": {"heaven": 1}}},
           {"name": "x", "transitions": {"well": {"well": 1}, "sick": {"sick": "(0.5"}}}]}""");
    assertHas(p, "/states/2", "duplicate");
    assertHas(p, "/cycles", "range");
    assertHas(p, "/initialCounts/well", "range");
    assertHas(p, "/initialCounts/ghost", "unknown-state");
    assertHas(p, "/values/0/discountRate", "range");
    assertHas(p, "/effect", "unknown-value");
    assertHas(p, "/parameters/a/value", "cohort.parameter-cycle");
    assertHas(p, "/parameters/b/value", "cohort.parameter-cycle");
    assertHas(p, "/parameters/c/value", "cohort.expression");
    assertHas(p, "/parameters/cycle", "cohort.parameter-name");
    assertHas(p, "/stateValues/cost/well", "cohort.unknown-parameter");
    assertHas(p, "/strategies/0/transitions/well/sick", "cohort.complement-twice");
    assertHas(p, "/strategies/0/transitions/sick/limbo", "unknown-state");
    assertHas(p, "/strategies/0/transitions/heaven", "unknown-state");
    assertHas(p, "/strategies/1/name", "duplicate");
    assertHas(p, "/strategies/1/transitions/sick/sick", "cohort.expression");
    assertTrue(render(p).contains("does not parse at position 5: ')' expected"), render(p));
  }

  @Test
  void rowSumsAndCellsOutOfRangeAreFoundByEvaluationWithTheirCycle() {
    List<Problem> p =
        problems(
            """
        {"schemaVersion": 1, "states": ["a", "b"], "cycles": 10, "initialCounts": {"a": 100},
         "values": [{"name": "cost"}], "stateValues": {"cost": {"a": 1, "b": 0}},
         "parameters": {"p": {"value": 0.2, "low": 0.1, "high": 1.5}},
         "strategies": [{"name": "s", "transitions": {
            "a": {"a": "if(cycle < 4, 0.8, 0.9)", "b": "p"},
            "b": {"a": -0.1, "b": "C"}}}]}""");
    // Row a sums to 1 in cycles 1-3 and to 1.1 in cycles 4-10.
    assertHas(p, "/strategies/0/transitions/a", "cohort.row-sum");
    assertTrue(
        render(p)
            .contains(
                "the row sums to 1.1 at cycle 4, not 1 (within 1.0E-9) (and at 6 other cycles)"),
        render(p));
    // -0.1 is out of [0, 1]; its complement 1.1 too; the row sums to 1.
    assertHas(p, "/strategies/0/transitions/b/a", "cohort.cell-range");
    assertHas(p, "/strategies/0/transitions/b/b", "cohort.cell-range");
    assertTrue(
        p.stream()
            .noneMatch(
                x ->
                    x.path().equals("/strategies/0/transitions/b")
                        && x.code().equals("cohort.row-sum")),
        render(p));
  }

  @Test
  void aRangeThatBreaksAMatrixIsReportedAtTheBound() {
    List<Problem> p =
        problems(
            """
        {"schemaVersion": 1, "states": ["a", "b"], "cycles": 2, "initialCounts": {"a": 1},
         "values": [{"name": "cost"}], "stateValues": {"cost": {"a": 1, "b": 0}},
         "parameters": {"p": {"value": 0.2, "low": -0.1, "high": 1.5}},
         "strategies": [{"name": "s", "transitions": {"a": {"a": "C", "b": "p"}, "b": {"b": 1}}}]}""");
    assertHas(p, "/parameters/p/low", "cohort.cell-range");
    assertHas(p, "/parameters/p/high", "cohort.cell-range");
    assertTrue(render(p).contains("with 'p' at its high value 1.5"), render(p));
  }

  @Test
  void missingRowsValuesAndEmptyCohort() {
    List<Problem> p =
        problems(
            """
        {"schemaVersion": 1, "states": ["a", "b"], "cycles": 2, "initialCounts": {"a": 0},
         "values": [{"name": "cost"}], "stateValues": {"cost": {"a": 1}, "qaly": {"a": 1}},
         "strategies": [{"name": "s", "transitions": {"a": {"a": 1}}}], "surprise": 1}""");
    assertHas(p, "/strategies/0/transitions", "cohort.row-missing");
    assertHas(p, "/strategies/0/stateValues", "cohort.value-missing");
    assertHas(p, "/stateValues/qaly", "unknown-value");
    assertHas(p, "/initialCounts", "cohort.empty");
    assertHas(p, "/surprise", "unknown-field");
  }

  @Test
  void aStrategyWithoutANameKeepsTheIndicesOfTheOthers() {
    List<Problem> p =
        problems(
            """
        {"schemaVersion": 1, "states": ["a"], "cycles": 1, "initialCounts": {"a": 1},
         "values": [{"name": "v"}], "stateValues": {"v": {"a": 1}},
         "strategies": [{"transitions": {"a": {"a": 1}}}, {"name": "s", "transitions": {"a": {"a": 1, "b": 0}}}]}""");
    assertHas(p, "/strategies/0/name", "required");
    assertHas(p, "/strategies/1/transitions/a/b", "unknown-state");
    assertEquals(2, p.size(), render(p));
  }

  @Test
  void expressionErrorsGiveThePosition() {
    for (String[] c :
        new String[][] {
          {"1 + * 2", "at position 5"},
          {"max(1)", "max takes 2 arguments, not 1"},
          {"foo(1)", "unknown function 'foo'"},
          {"2 $ 3", "at position 3: unexpected '$'"},
          {" ", "does not parse at position 2"}
        }) {
      List<Problem> p =
          problems(
              """
          {"schemaVersion": 1, "states": ["a"], "cycles": 1, "initialCounts": {"a": 1},
           "values": [{"name": "v"}], "stateValues": {"v": {"a": "%s"}},
           "strategies": [{"name": "s", "transitions": {"a": {"a": 1}}}]}"""
                  .formatted(c[0]));
      assertEquals(1, p.size(), render(p));
      assertEquals("/stateValues/v/a", p.get(0).path(), render(p));
      assertTrue(p.get(0).toString().contains(c[1]), render(p));
    }
  }

  @Test
  void aDrawThatBreaksAMatrixThrowsWithThePath() {
    PreparedCohort prepared = CohortJson.parse(Models.threeState("life-table")).prepare();
    double[] p = new double[prepared.parameterNames().size()];
    java.util.Arrays.fill(p, Double.NaN);
    p[prepared.parameterIndex("p_sick")] = 0.99;
    ValidationException e = assertThrows(ValidationException.class, () -> prepared.totals(p));
    assertEquals("/strategies/0/transitions/well/well", e.problems().get(0).path());
    assertEquals("cohort.cell-range", e.problems().get(0).code());
  }
}
