package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.CohortJson;

/**
 * Issue 15, defect 3: small models that crashed with a stack trace or ran out of memory are refused
 * as problems with a place, naming the limit's figure; the largest sizes within the limits run.
 */
class CohortLimitsTest {

  private static String model(String parameters, String cell, int states, int cycles) {
    StringBuilder names = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < states; i++) {
      names.append(i == 0 ? "" : ",").append("\"s").append(i).append('"');
      rows.append(i == 0 ? "" : ",")
          .append("\"s")
          .append(i)
          .append("\": {\"s")
          .append(i)
          .append("\": ")
          .append(i == 0 ? cell : "1")
          .append('}');
    }
    return "{\"schemaVersion\": 1, \"states\": ["
        + names
        + "], \"cycles\": "
        + cycles
        + ", \"initialCounts\": {\"s0\": 1},"
        + " \"values\": [{\"name\": \"cost\", \"discountRate\": 0}], \"parameters\": {"
        + parameters
        + "},"
        + " \"stateValues\": {\"cost\": {"
        + stateValues(states)
        + "}},"
        + " \"strategies\": [{\"name\": \"x\", \"transitions\": {"
        + rows
        + "}}]}";
  }

  private static String stateValues(int states) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < states; i++) {
      s.append(i == 0 ? "" : ",").append("\"s").append(i).append("\": 1");
    }
    return s.toString();
  }

  private static Problem only(String json) {
    List<Problem> p =
        assertThrows(ValidationException.class, () -> CohortJson.parse(json)).problems();
    assertEquals(1, p.size(), p::toString);
    return p.get(0);
  }

  @Test
  void tenThousandTermsAreRefusedNotAStackOverflow() {
    // 23 KB: "0+0+...+0", 10,000 terms; each '+' is one level of the tree.
    String sum = "1" + "+0".repeat(9_999);
    Problem p = only(model("", "\"" + sum.substring(0, 9_999) + "\"", 1, 1));
    assertEquals("/strategies/0/transitions/s0/s0", p.path());
    assertEquals("cohort.expression", p.code());
    assertTrue(p.message().contains("nested more than 200 deep"), p.message());
    Problem longer = only(model("", "\"" + sum + "\"", 1, 1));
    assertTrue(
        longer.message().contains("the expression has 19999 characters; at most 10000"),
        longer.message());
    assertTrue(longer.message().length() < 200, longer.message());
  }

  @Test
  void signsAndPowersCountAsLevels() {
    for (String text :
        List.of(
            "+".repeat(5_000) + "1",
            "-".repeat(5_000) + "1",
            "1" + "^1".repeat(4_000),
            "(".repeat(3_000) + "1" + ")".repeat(3_000),
            "min(".repeat(1_000) + "1" + ",1)".repeat(1_000))) {
      Problem p = only(model("", "\"" + text + "\"", 1, 1));
      assertTrue(
          p.message().contains("nested more than 200 deep"),
          text.substring(0, 10) + ": " + p.message());
    }
  }

  @Test
  void anExpressionJustWithinTheDepthRuns() {
    // 199 additions of zero to 1: a tree 200 deep (the 1 at the bottom), still a probability of 1.
    CohortResult r = CohortJson.parse(model("", "\"1" + "+0".repeat(199) + "\"", 1, 3)).run();
    assertEquals(1.0, r.count(0, 3, 0));
    ValidationException deeper =
        assertThrows(
            ValidationException.class,
            () -> CohortJson.parse(model("", "\"1" + "+0".repeat(200) + "\"", 1, 3)));
    assertTrue(deeper.getMessage().contains("nested more than 200 deep"), deeper.getMessage());
  }

  @Test
  void aChainOfFiveThousandParametersResolves() {
    // p0 = 0.5; p_i = p_(i-1): resolved in dependency order without recursion.
    StringBuilder ps = new StringBuilder("\"p0\": {\"value\": \"0.5\"}");
    for (int i = 1; i < 5_000; i++) {
      ps.append(", \"p").append(i).append("\": {\"value\": \"p").append(i - 1).append("\"}");
    }
    String json =
        model(ps.toString(), "\"C\"", 1, 2)
            .replace("\"cost\": {\"s0\": 1}", "\"cost\": {\"s0\": \"p4999\"}");
    CohortResult r = CohortJson.parse(json).run();
    assertEquals(0.5, r.value(0, 1, 0)); // one person in s0, a cost of p4999 = 0.5, undiscounted
  }

  @Test
  void aCircleOfFiveThousandParametersIsOneProblemEachInFewWords() {
    StringBuilder ps = new StringBuilder("\"p0\": {\"value\": \"p4999\"}");
    for (int i = 1; i < 5_000; i++) {
      ps.append(", \"p").append(i).append("\": {\"value\": \"p").append(i - 1).append("\"}");
    }
    List<Problem> p =
        assertThrows(
                ValidationException.class,
                () -> CohortJson.parse(model(ps.toString(), "\"C\"", 1, 2)))
            .problems();
    assertEquals(5_000, p.size());
    assertTrue(
        p.stream()
            .allMatch(x -> x.code().equals("cohort.parameter-cycle") && x.message().length() < 200),
        p.get(0)::toString);
    assertTrue(p.get(0).message().endsWith("(5000 parameters)"), p.get(0).message());
  }

  @Test
  void tenThousandStatesByAHundredThousandCyclesIsRefusedBeforeAnyWork() {
    Problem p = only(model("", "1", 1_001, 10));
    assertEquals("/states", p.path());
    assertEquals("a model has at most 1000 states, not 1001", p.message());
    Problem trace = only(model("", "1", 1_000, 10_000));
    assertEquals("cohort.size", trace.code());
    assertTrue(
        trace
            .message()
            .contains("strategies x (cycles + 1) x states is 10001000; at most 10000000"),
        trace.message());
  }
}
