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
}
