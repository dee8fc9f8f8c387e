package org.networkedcare.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cell checks against what they replace: the regular expression and {@code LocalDate.parse}.
 */
class CsvCellsTest {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** Short strings over the characters that matter, so that every branch is reached often. */
  private static String cell(SplittableRandom r, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void isDecimalIsTheRegularExpression() {
    SplittableRandom r = new SplittableRandom(21);
    for (int i = 0; i < 500_000; i++) {
      String s = cell(r, "0123456789+-.eE x\u0661", 8);
      assertEquals(NUMBER.matcher(s).matches(), CsvCells.isDecimal(s), s);
    }
    for (String yes : new String[] {"0", "-1.5", "+.5", "1.", "1e5", "1.5E-07", "007"}) {
      assertTrue(CsvCells.isDecimal(yes), yes);
    }
    for (String no :
        new String[] {
          "", ".", "-", "e5", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1d", "1 ", "\u0661"
        }) {
      assertFalse(CsvCells.isDecimal(no), no);
    }
  }

  @Test
  void isoDateIsLocalDateParse() {
    SplittableRandom r = new SplittableRandom(22);
    for (int i = 0; i < 300_000; i++) {
      String s =
          i % 2 == 0
              ? String.format(
                  "%04d-%02d-%02d", r.nextInt(0, 10000), r.nextInt(0, 14), r.nextInt(0, 33))
              : cell(r, "0123456789-+", 11);
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
      } catch (DateTimeException e) {
        DateTimeParseException thrown =
            assertThrows(DateTimeParseException.class, () -> CsvCells.isoDate(s), s);
        assertEquals(e.getMessage(), thrown.getMessage());
        continue;
      }
      assertEquals(expected, CsvCells.isoDate(s), s);
    }
    assertEquals(LocalDate.of(2024, 2, 29), CsvCells.isoDate("2024-02-29"));
    assertThrows(DateTimeParseException.class, () -> CsvCells.isoDate("2023-02-29"));
    assertThrows(DateTimeParseException.class, () -> CsvCells.isoDate("2023-1-01"));
    assertEquals(LocalDate.of(12345, 1, 1), CsvCells.isoDate("+12345-01-01"));
  }

  /**
   * The fast path must read every decimal as {@link Double#parseDouble} does, to the bit: a million
   * random decimals (up to 20 digits, leading and trailing zeros, signs, points anywhere, exponents
   * up to 3 digits), printed doubles, and the edges of the fast path.
   */
  @org.junit.jupiter.api.Test
  void decimalIsParseDoubleToTheBit() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(20261202L);
    String[] edges = {
      "0",
      "-0",
      "+0",
      "0.0",
      "-0.0",
      ".5",
      "5.",
      "1e22",
      "1e23",
      "1e-22",
      "1e-23",
      "999999999999999",
      "9999999999999999",
      "123456789012345e7",
      "0.000000000000000000000001",
      "9007199254740993",
      "1.7976931348623157e308",
      "4.9e-324",
      "1e400",
      "-1e-400",
      "1.e5",
      "00000000000000000001",
      "2.2250738585072014E-308",
      "100000000000000000000000"
    };
    for (String e : edges) {
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(e)),
          Double.doubleToRawLongBits(CsvCells.decimal(e)),
          e);
    }
    for (int k = 0; k < 1_000_000; k++) {
      String text;
      if (k % 3 == 0) {
        text = Double.toString(Double.longBitsToDouble(r.nextLong()));
        if (!CsvCells.isDecimal(text)) {
          continue;
        }
      } else {
        StringBuilder b = new StringBuilder();
        int sign = r.nextInt(4);
        b.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
        int digits = 1 + r.nextInt(20);
        int pointAt = r.nextInt(digits + 2) - 1;
        for (int d = 0; d < digits; d++) {
          if (d == pointAt) {
            b.append('.');
          }
          b.append(r.nextInt(3) == 0 ? '0' : (char) ('0' + r.nextInt(10)));
        }
        if (r.nextInt(4) == 0) {
          b.append(r.nextBoolean() ? 'e' : 'E').append(r.nextBoolean() ? "-" : "");
          b.append(r.nextInt(r.nextBoolean() ? 30 : 400));
        }
        text = b.toString();
      }
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(text)),
          Double.doubleToRawLongBits(CsvCells.decimal(text)),
          text);
    }
  }
}
