package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;

/**
 * Chained discount factors against figures computed independently. Each expected value was worked
 * out with 40-digit decimal arithmetic outside this code base, from the published rates: DF_30 =
 * 1.035^-30; DF_31 = DF_30 / 1.03; DF_75 = DF_30 / 1.03^45; DF_76 = DF_75 / 1.025.
 */
class DiscountScheduleTest {

  private static final AppraisalReference DATA = AppraisalReference.defaults();

  @Test
  void standardScheduleIsChainedAcrossBandEdges() {
    DiscountSchedule standard = DATA.schedule("standard").orElseThrow();
    assertEquals(1.0, standard.factor(0));
    assertEquals(1 / 1.035, standard.factor(1), 1e-15);
    assertEquals(0.35627841060230154, standard.factor(30), 1e-14);
    assertEquals(0.34590136951679761, standard.factor(31), 1e-14);
    assertEquals(0.09421377257669140, standard.factor(75), 1e-14);
    assertEquals(0.09191587568457698, standard.factor(76), 1e-14);
    // The "spot" formula 1.03^-31 = 0.39998714... is the error the chain avoids.
    assertTrue(Math.abs(standard.factor(31) - 0.39998714516107446) > 0.05);
    assertEquals(new BigDecimal("0.035"), standard.rate(30));
    assertEquals(new BigDecimal("0.03"), standard.rate(31));
    assertEquals(new BigDecimal("0.025"), standard.rate(76));
  }

  @Test
  void exactFactorsAgreeWithPublishedArithmetic() {
    DiscountSchedule standard = DATA.schedule("standard").orElseThrow();
    assertEquals(
        "0.35627841060230154047161590", standard.exactFactor(30).toPlainString().substring(0, 28));
    assertEquals(
        "0.34590136951679761210836495", standard.exactFactor(31).toPlainString().substring(0, 28));
  }

  @Test
  void healthScheduleChainsOnItsOwnRates() {
    DiscountSchedule health = DATA.schedule("health").orElseThrow();
    // H_30 = 1.015^-30 = 0.63976242990648861; H_31 = H_30 / 1.0129 = 0.63161460154653827
    assertEquals(0.63976242990648861, health.factor(30), 1e-14);
    assertEquals(0.63161460154653827, health.factor(31), 1e-14);
  }

  @Test
  void niceSchedulesAreFlat() {
    assertEquals(Math.pow(1.035, -100), DATA.schedule("nice").orElseThrow().factor(100), 1e-15);
    assertEquals(
        Math.pow(1.015, -40), DATA.schedule("nice-health").orElseThrow().factor(40), 1e-15);
    assertEquals(6, DATA.schedules().size());
  }

  @Test
  void badBandsReportEveryProblem() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new DiscountSchedule(
                    "x",
                    "e",
                    "",
                    "",
                    false,
                    List.of(
                        new DiscountSchedule.Band(1, new BigDecimal("0.03")),
                        new DiscountSchedule.Band(1, new BigDecimal("0.02")))));
    assertEquals(
        List.of("/bands/0/fromYear", "/bands/1/fromYear"),
        e.problems().stream().map(p -> p.path()).toList());
    assertThrows(
        ValidationException.class, () -> new DiscountSchedule.Band(0, new BigDecimal("3.5")));
  }
}
