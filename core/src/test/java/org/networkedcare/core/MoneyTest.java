package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.JsonTesting.assertInvalid;
import static org.networkedcare.core.JsonTesting.assertOneProblem;
import static org.networkedcare.core.JsonTesting.readField;
import static org.networkedcare.core.JsonTesting.roundTrip;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.validation.Problem;

class MoneyTest {

  private static final long MAX = Long.MAX_VALUE;

  private static Money p(long pence) {
    return Money.ofPence(pence);
  }

  @Test
  void readsDecimalTextAsExactPence() {
    // By hand: 12.34 pounds = 1234 pence; 12 = 1200; 12.3 = 1230; -0.05 = -5; 12.340 = 1234.
    assertEquals(1234, Money.of("12.34").pence());
    assertEquals(1200, Money.of("12").pence());
    assertEquals(1230, Money.of("12.3").pence());
    assertEquals(-5, Money.of("-0.05").pence());
    assertEquals(1234, Money.of("12.340").pence());
    assertEquals(Money.of("1.5"), Money.of("1.50"));
    assertEquals(Money.zero(), Money.of("-0"));
    assertEquals(1200, Money.pounds(12).pence());
    assertEquals(new BigDecimal("12.34"), Money.ofPence(1234).toBigDecimal());
    assertEquals(2, Money.pounds(7).toBigDecimal().scale());
  }

  @Test
  void rejectsBadTextWithoutRounding() {
    assertInvalid(() -> Money.of("12.345"), "money.precision");
    assertInvalid(() -> Money.of("0.001"), "money.precision");
    for (String bad :
        List.of("", " 12", "12 ", "1,234.00", "£12", "1e3", "12.", ".5", "+1", "GBP 1.00", "--1")) {
      assertInvalid(() -> Money.of(bad), "money.format");
    }
    assertInvalid(() -> Money.of((String) null), "required");
    assertInvalid(() -> Money.of((BigDecimal) null), "required");
  }

  @Test
  void rejectsBadDecimalsReportingEveryProblem() {
    assertInvalid(() -> Money.of(new BigDecimal("12.345")), "money.precision");
    // 10^20 pounds = 10^22 pence > Long.MAX_VALUE (about 9.22 * 10^18).
    assertInvalid(() -> Money.of(new BigDecimal("1E+20")), "money.range");
    assertInvalid(
        () -> Money.of(new BigDecimal("100000000000000000000.001")),
        "money.precision",
        "money.range");
    // An absurd exponent is refused at once, not expanded.
    assertInvalid(() -> Money.of(new BigDecimal("1E-1000000")), "money.precision");
    assertInvalid(() -> Money.of(new BigDecimal("1E+1000000")), "money.range");
    assertInvalid(() -> Money.pounds(MAX), "money.range");
  }

  @Test
  void rangeIsSymmetricAtTheLongLimits() {
    assertEquals("GBP 92233720368547758.07", p(MAX).toString());
    assertEquals("GBP -92233720368547758.07", p(MAX).negate().toString());
    assertEquals(p(MAX), p(-MAX).abs());
    assertInvalid(() -> Money.ofPence(Long.MIN_VALUE), "money.range");
    assertEquals(p(-MAX), Money.of(new BigDecimal("-92233720368547758.07")));
    assertInvalid(() -> Money.of(new BigDecimal("92233720368547758.08")), "money.range");
  }

  @Test
  void arithmeticThrowsOnOverflow() {
    assertThrows(ArithmeticException.class, () -> p(MAX).plus(p(1)));
    assertThrows(ArithmeticException.class, () -> p(-MAX).minus(p(1))); // would be Long.MIN_VALUE
    assertThrows(ArithmeticException.class, () -> p(-MAX).minus(p(2))); // wraps in long
    assertThrows(ArithmeticException.class, () -> p(MAX).times(2));
    assertThrows(ArithmeticException.class, () -> p(-1).times(Long.MIN_VALUE));
    assertThrows(
        ArithmeticException.class,
        () -> p(MAX).times(new BigDecimal("1.0000001"), RoundingMode.DOWN));
    assertEquals(p(-MAX), p(MAX).times(-1));
    assertEquals(p(MAX), p(MAX - 1).plus(p(1)));
  }

  @Test
  void arithmeticIsExact() {
    // By hand: 12.34 + 0.66 = 13.00; 12.34 - 20 = -7.66; 0.07 * 3 = 0.21; 0.1 + 0.2 = 0.30 exactly.
    assertEquals(Money.of("13.00"), Money.of("12.34").plus(Money.of("0.66")));
    assertEquals(Money.of("-7.66"), Money.of("12.34").minus(Money.pounds(20)));
    assertEquals(Money.of("0.21"), Money.of("0.07").times(3));
    assertEquals(Money.of("0.30"), Money.of("0.1").plus(Money.of("0.2")));
    assertTrue(Money.of("-7.66").isNegative());
    assertFalse(Money.of("-7.66").isPositive());
    assertTrue(Money.zero().isZero());
    assertEquals(-1, Money.of("-0.01").signum());
    assertEquals(0, Money.zero().signum());
    assertEquals(1, Money.of("0.01").signum());
    assertTrue(Money.of("-0.01").compareTo(Money.zero()) < 0);
    assertEquals(Money.of("1.5").hashCode(), Money.of("1.50").hashCode());
  }

  @Test
  void roundsOnlyWhereAskedAtTheStatedMode() {
    // 10.01 * 0.5 = 5.005 pounds: HALF_UP -> 5.01, HALF_EVEN -> 5.00 (0 is even), DOWN -> 5.00.
    Money m = Money.of("10.01");
    BigDecimal half = new BigDecimal("0.5");
    assertEquals(Money.of("5.01"), m.times(half, RoundingMode.HALF_UP));
    assertEquals(Money.of("5.00"), m.times(half, RoundingMode.HALF_EVEN));
    assertEquals(Money.of("5.00"), m.times(half, RoundingMode.DOWN));
    // 0.03 * 0.5 = 0.015: HALF_EVEN -> 0.02 (2 is even), HALF_UP -> 0.02.
    assertEquals(Money.of("0.02"), Money.of("0.03").times(half, RoundingMode.HALF_EVEN));
    // -0.05 * 0.5 = -0.025: HALF_UP -> -0.03 (away from zero), HALF_EVEN -> -0.02,
    // FLOOR -> -0.03, CEILING -> -0.02.
    Money n = Money.of("-0.05");
    assertEquals(Money.of("-0.03"), n.times(half, RoundingMode.HALF_UP));
    assertEquals(Money.of("-0.02"), n.times(half, RoundingMode.HALF_EVEN));
    assertEquals(Money.of("-0.03"), n.times(half, RoundingMode.FLOOR));
    assertEquals(Money.of("-0.02"), n.times(half, RoundingMode.CEILING));
    // Tariff uplift 2.1%: 1000.00 * 1.021 = 1021.00 exactly, so UNNECESSARY is fine.
    assertEquals(
        Money.of("1021.00"),
        Money.pounds(1000).times(new BigDecimal("1.021"), RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class, () -> m.times(half, RoundingMode.UNNECESSARY));
  }

  @Test
  void roundsExtremeFactorsQuickly() {
    BigDecimal tiny = new BigDecimal("1E-1000000");
    assertEquals(
        List.of(p(1), p(0), p(0), p(-1), p(0)),
        assertTimeout(
            () ->
                List.of(
                    p(1).times(tiny, RoundingMode.UP),
                    p(1).times(tiny, RoundingMode.HALF_UP),
                    p(1).times(tiny, RoundingMode.FLOOR),
                    p(-1).times(tiny, RoundingMode.FLOOR),
                    p(-1).times(tiny, RoundingMode.CEILING))));
    assertThrows(
        ArithmeticException.class,
        () -> assertTimeout(() -> p(1).times(tiny, RoundingMode.UNNECESSARY)));
    assertThrows(
        ArithmeticException.class,
        () -> assertTimeout(() -> p(1).times(new BigDecimal("1E+1000000"), RoundingMode.DOWN)));
    assertEquals(Money.zero(), p(0).times(new BigDecimal("1E+1000000"), RoundingMode.DOWN));
  }

  private static <T> T assertTimeout(org.junit.jupiter.api.function.ThrowingSupplier<T> step) {
    return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), step);
  }

  @Test
  void allocatesEqualPartsThatSumExactly() {
    // By hand: 10p / 3 = 3 rem 1 -> 4, 3, 3; the sign follows the amount.
    assertEquals(List.of(p(4), p(3), p(3)), p(10).allocate(3));
    assertEquals(List.of(p(-4), p(-3), p(-3)), p(-10).allocate(3));
    assertEquals(List.of(p(1), p(0), p(0)), p(1).allocate(3));
    assertEquals(List.of(p(MAX)), p(MAX).allocate(1));
    assertThrows(IllegalArgumentException.class, () -> p(10).allocate(0));
  }

  @Test
  void allocatesByWeightsByLargestRemainder() {
    // 100p by 1,1,1: 33 each, 1 left, tie -> first: 34, 33, 33.
    assertEquals(List.of(p(34), p(33), p(33)), p(100).allocate(1, 1, 1));
    // 100p by 1,2: exact 33.33 and 66.67; floors 33, 66; remainders 1/3 and 2/3 -> 33, 67.
    assertEquals(List.of(p(33), p(67)), p(100).allocate(1, 2));
    // 100p by 0,1: the zero weight gets nothing.
    assertEquals(List.of(p(0), p(100)), p(100).allocate(0, 1));
    // Products beyond long: MAX pence by MAX, MAX halves it; MAX is odd so the first gets the
    // penny.
    assertEquals(List.of(p(MAX / 2 + 1), p(MAX / 2)), p(MAX).allocate(MAX, MAX));
    assertThrows(IllegalArgumentException.class, () -> p(100).allocate());
    assertThrows(IllegalArgumentException.class, () -> p(100).allocate(1, -1));
    assertThrows(IllegalArgumentException.class, () -> p(100).allocate(0, 0));
  }

  @Test
  void textFormRoundTripsStrictly() {
    assertEquals("GBP 12.34", Money.of("12.34").toString());
    assertEquals("GBP -12.34", Money.of("-12.34").toString());
    assertEquals("GBP 0.00", Money.zero().toString());
    assertEquals("GBP -0.05", p(-5).toString());
    assertEquals(p(-5), Money.parse("GBP -0.05"));
    assertEquals(Money.of("12.34"), Money.parse("GBP 12.34"));
    for (String bad :
        List.of(
            "GBP 12.3",
            "12.34",
            "GBP  12.34",
            "GBP 012.34",
            "gbp 12.34",
            "GBP 12.34 ",
            "GBP +1.00",
            "GBP 1.005",
            "EUR 1.00")) {
      assertInvalid(() -> Money.parse(bad), "money.format");
    }
    assertInvalid(() -> Money.parse("GBP 92233720368547758.08"), "money.range");
    assertInvalid(() -> Money.parse(null), "required");
  }

  @Test
  void writesJsonAsADecimalWithTwoPlaces() {
    assertEquals("12.34\n", Json.write(ValueJson.write(Money.of("12.34"))));
    assertEquals("12.30\n", Json.write(ValueJson.write(Money.of("12.3"))));
    assertEquals("0.00\n", Json.write(ValueJson.write(Money.zero())));
    assertEquals("-0.05\n", Json.write(ValueJson.write(p(-5))));
    assertEquals("92233720368547758.07\n", Json.write(ValueJson.write(p(MAX))));
  }

  @Test
  void readsJsonNumbersOnly() {
    assertEquals(Money.of("12.34"), readField("12.34", ValueJson::money).value().orElseThrow());
    assertEquals(Money.pounds(12), readField("12", ValueJson::money).value().orElseThrow());
    assertEquals(Money.pounds(1000), readField("1e3", ValueJson::money).value().orElseThrow());
    assertOneProblem(readField("12.345", ValueJson::money), "/value", "money.precision");
    assertOneProblem(readField("\"12.34\"", ValueJson::money), "/value", "type");
    assertOneProblem(readField("true", ValueJson::money), "/value", "type");
    assertOneProblem(readField("1e-1000000", ValueJson::money), "/value", "range");
    assertOneProblem(readField("1e30", ValueJson::money), "/value", "money.range");
    assertOneProblem(readField("92233720368547758.08", ValueJson::money), "/value", "money.range");
    assertOneProblem(readField("-92233720368547758.08", ValueJson::money), "/value", "money.range");
    assertOneProblem(readField("null", ValueJson::money), "/value", "required");
  }

  @Test
  void reportsEveryBadAmountInAList() {
    JsonTesting.Read<java.util.List<Money>> read =
        readField("[1.00, 0.001, \"2\", 3]", v -> v.list(ValueJson::money));
    assertEquals(List.of(Money.pounds(1), Money.pounds(3)), read.value().orElseThrow());
    assertEquals(
        List.of("/value/1", "/value/2"), read.problems().stream().map(Problem::path).toList());
    assertEquals(
        List.of("money.precision", "type"), read.problems().stream().map(Problem::code).toList());
  }

  // Properties.

  @Test
  void jsonRoundTripIsLossless() {
    qt().forAll(longs().between(-MAX, MAX))
        .checkAssert(
            pence ->
                assertEquals(p(pence), roundTrip(ValueJson.write(p(pence)), ValueJson::money)));
  }

  @Test
  void textAndDecimalRoundTripsAreLossless() {
    qt().forAll(longs().between(-MAX, MAX))
        .checkAssert(
            pence -> {
              Money m = p(pence);
              assertEquals(m, Money.parse(m.toString()));
              assertEquals(m, Money.of(m.toBigDecimal()));
              assertEquals(m, Money.of(m.toBigDecimal().toPlainString()));
            });
  }

  @Test
  void minusUndoesPlus() {
    long half = MAX / 2;
    qt().forAll(longs().between(-half, half), longs().between(-half, half))
        .checkAssert(
            (a, b) -> {
              assertEquals(p(a), p(a).plus(p(b)).minus(p(b)));
              assertEquals(p(a).plus(p(b)), p(b).plus(p(a)));
              assertEquals(p(a).minus(p(b)), p(b).minus(p(a)).negate());
            });
  }

  @Test
  void orderAgreesWithTheDecimalValue() {
    qt().forAll(longs().between(-MAX, MAX), longs().between(-MAX, MAX))
        .checkAssert(
            (a, b) ->
                assertEquals(
                    Integer.signum(p(a).toBigDecimal().compareTo(p(b).toBigDecimal())),
                    Integer.signum(p(a).compareTo(p(b)))));
  }

  @Test
  void allocationSumsToTheWholeAndEachPartIsWithinAPennyOfItsShare() {
    qt().forAll(
            longs().between(-MAX, MAX),
            integers().between(0, 1000),
            integers().between(0, 1000),
            integers().between(1, 1000))
        .checkAssert(
            (pence, w1, w2, w3) -> {
              long[] weights = {w1, w2, w3};
              List<Money> parts = p(pence).allocate(weights);
              BigDecimal total = BigDecimal.ZERO;
              for (int i = 0; i < 3; i++) {
                total = total.add(parts.get(i).toBigDecimal());
                BigDecimal exact =
                    BigDecimal.valueOf(pence)
                        .multiply(BigDecimal.valueOf(weights[i]))
                        .divide(
                            BigDecimal.valueOf((long) w1 + w2 + w3), 10, RoundingMode.HALF_EVEN);
                assertTrue(
                    exact
                            .subtract(BigDecimal.valueOf(parts.get(i).pence()))
                            .abs()
                            .compareTo(BigDecimal.ONE)
                        < 0,
                    () -> parts + " vs exact share " + exact);
              }
              assertEquals(p(pence).toBigDecimal(), total);
            });
  }

  @Test
  void equalPartsDifferByAtMostOnePenny() {
    qt().forAll(longs().between(-MAX, MAX), integers().between(1, 50))
        .checkAssert(
            (pence, n) -> {
              List<Money> parts = p(pence).allocate(n);
              assertEquals(n, parts.size());
              long min = parts.stream().mapToLong(Money::pence).min().orElseThrow();
              long max = parts.stream().mapToLong(Money::pence).max().orElseThrow();
              assertTrue(max - min <= 1, parts::toString);
              assertEquals(
                  BigDecimal.valueOf(pence),
                  parts.stream()
                      .map(m -> BigDecimal.valueOf(m.pence()))
                      .reduce(BigDecimal.ZERO, BigDecimal::add));
            });
  }
}
