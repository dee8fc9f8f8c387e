package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

class WtpGridTest {

  @Test
  void rangeIncludesBothEnds() {
    WtpGrid g = WtpGrid.range(0, 100000, 1000);
    assertEquals(101, g.size());
    assertEquals(0.0, g.get(0));
    assertEquals(1000.0, g.get(1));
    assertEquals(100000.0, g.get(100));
  }

  @Test
  void rangeMultipliesRatherThanAccumulates() {
    // 0.1 added ten times is 0.9999999999999999; 0 + 10 * 0.1 is 1.0, and 3 * 0.1 is
    // 0.30000000000000004.
    WtpGrid g = WtpGrid.range(0, 1, 0.1);
    assertEquals(11, g.size());
    assertEquals(1.0, g.get(10));
    assertEquals(0.30000000000000004, g.get(3));
  }

  @Test
  void rangeStopsAtOrBeforeTo() {
    // (10 - 0) / 3 = 3.33: 0, 3, 6, 9
    assertArrayEquals(new double[] {0, 3, 6, 9}, WtpGrid.range(0, 10, 3).toArray());
    assertArrayEquals(new double[] {5}, WtpGrid.range(5, 5, 1).toArray());
    assertArrayEquals(new double[] {-2, -1, 0}, WtpGrid.range(-2, 0, 1).toArray());
  }

  @Test
  void keepsTheGivenOrder() {
    WtpGrid g = WtpGrid.of(30000, 0, 20000);
    assertArrayEquals(new double[] {30000, 0, 20000}, g.toArray());
    assertEquals("[30000.0, 0.0, 20000.0]", g.toString());
  }

  @Test
  void refusesBadValues() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> WtpGrid.of(1, Double.NaN, 1, 0.0, -0.0, Double.NEGATIVE_INFINITY));
    assertEquals(
        List.of("/1 not.finite", "/2 duplicate", "/4 duplicate", "/5 not.finite"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    assertEquals(
        "empty", assertThrows(ValidationException.class, WtpGrid::of).problems().get(0).code());
  }

  @Test
  void refusesBadRanges() {
    assertEquals(
        List.of("/from", "/step"),
        assertThrows(ValidationException.class, () -> WtpGrid.range(Double.NaN, 1, 0))
            .problems()
            .stream()
            .map(Problem::path)
            .toList());
    assertEquals(
        "empty",
        assertThrows(ValidationException.class, () -> WtpGrid.range(10, 0, 1))
            .problems()
            .get(0)
            .code());
    assertEquals(
        "not.positive",
        assertThrows(ValidationException.class, () -> WtpGrid.range(0, 10, -1))
            .problems()
            .get(0)
            .code());
    assertEquals(
        "too.large",
        assertThrows(ValidationException.class, () -> WtpGrid.range(0, 1e9, 1))
            .problems()
            .get(0)
            .code());
    assertEquals(
        "too.large",
        assertThrows(ValidationException.class, () -> WtpGrid.range(0, 1, Double.MIN_VALUE))
            .problems()
            .get(0)
            .code());
    // near 1e15 doubles are 0.125 apart, so (1e15 - 1) + 0.03125 rounds back to 1e15 - 1: the
    // values repeat
    assertEquals(
        "duplicate",
        assertThrows(ValidationException.class, () -> WtpGrid.range(1e15 - 1, 1e15, 0.03125))
            .problems()
            .get(0)
            .code());
    // beyond 1e15 a net benefit wtp * effect - cost could overflow (issue 15: --wtp 1e308 wrote
    // Infinity)
    assertEquals(
        "range",
        assertThrows(ValidationException.class, () -> WtpGrid.range(1e20, 1e20 + 65536, 1024))
            .problems()
            .get(0)
            .code());
    assertEquals(
        "range",
        assertThrows(ValidationException.class, () -> WtpGrid.of(1e308)).problems().get(0).code());
  }

  @Test
  void returnsCopies() {
    WtpGrid g = WtpGrid.of(1, 2);
    g.toArray()[0] = 5;
    assertEquals(1.0, g.get(0));
  }
}
