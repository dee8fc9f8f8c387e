package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** heemod's rate and probability conversions in the expression language. */
class ExprConversionTest {

  private static double eval(String text, double r) {
    Expr e = Expr.parse(text);
    e.bind(Map.of("r", 0));
    return e.eval(new double[] {r}, 1);
  }

  @Test
  void rateToProbability() {
    // By hand: 1 - exp(-0.1 x 5) = 1 - 0.6065306597126334 = 0.3934693402873666.
    assertEquals(0.3934693402873666, eval("rate_to_prob(r, 5)", 0.1), 1e-15);
    assertEquals(0.0, eval("rate_to_prob(r, 1)", 0.0), 0.0);
  }

  @Test
  void probabilityOverAnotherPeriod() {
    // A yearly probability of 0.2 over a month: 1 - 0.8^(1/12) = 0.018423...; twelve monthly
    // survivals compound back to the yearly one: (1 - m)^12 = 0.8.
    double monthly = eval("prob_to_prob(r, 1 / 12)", 0.2);
    assertEquals(1 - Math.pow(0.8, 1.0 / 12), monthly, 1e-15);
    assertEquals(0.8, Math.pow(1 - monthly, 12), 1e-12);
  }

  @Test
  void wrongArityIsAParseError() {
    assertThrows(Expr.ParseError.class, () -> Expr.parse("rate_to_prob(r)"));
  }
}
