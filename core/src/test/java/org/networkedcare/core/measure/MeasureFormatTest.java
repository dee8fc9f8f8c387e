package org.networkedcare.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One format per unit; expected strings written by hand from the rules in the class comment. */
class MeasureFormatTest {

  private static MeasureFormat of(String unit, MeasureKind kind) {
    return MeasureFormat.of(new Measure("m", "m", unit, kind, ImprovementDirection.NEUTRAL));
  }

  @Test
  void eachUnitHasOneFormat() {
    MeasureFormat share = of("proportion", MeasureKind.PROPORTION);
    assertEquals("92.4%", share.format(0.9236));
    assertEquals("86.9%", share.format(0.8694));
    assertEquals("100.0%", share.format(1));
    MeasureFormat percent = of("percent", MeasureKind.PROPORTION);
    assertEquals("94.0%", percent.format(94));
    assertEquals("81.4%", percent.format(81.36));
    MeasureFormat count = of("attendances a month", MeasureKind.COUNT);
    assertEquals("12,345", count.format(12_345));
    assertEquals("12.5", count.format(12.5));
    MeasureFormat rate = of("per bed day", MeasureKind.RATE);
    assertEquals("0.0123", rate.format(0.012345));
    assertEquals("4.56", of("weeks", MeasureKind.CONTINUOUS).format(4.5649));
    assertEquals("78.9", of("weeks", MeasureKind.CONTINUOUS).format(78.94));
    assertEquals("1,235", of("pounds", MeasureKind.CONTINUOUS).format(1234.5));
    assertEquals("0", of("weeks", MeasureKind.CONTINUOUS).format(0));
    assertEquals("-4.5", of("points", MeasureKind.CONTINUOUS).format(-4.5));
    assertEquals("–", share.format(Double.NaN));
  }

  @Test
  void ticksCarryTheDecimalsTheirStepNeeds() {
    MeasureFormat share = of("proportion", MeasureKind.PROPORTION);
    assertEquals("85%", share.tick(0.85, 0.05));
    assertEquals("92.5%", share.tick(0.925, 0.005));
    assertEquals("2,000", of("patients", MeasureKind.COUNT).tick(2000, 500));
    assertEquals("0.25", of("per day", MeasureKind.RATE).tick(0.25, 0.05));
    assertEquals("0", of("points", MeasureKind.CONTINUOUS).tick(-0.0, 1));
  }
}
