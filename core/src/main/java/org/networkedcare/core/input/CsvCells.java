package org.networkedcare.core.input;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;

/**
 * Reading the text of CSV cells without a regular expression or a formatter per cell: the two
 * checks every CSV reader of the library makes on each row, as fast as a scan of the characters.
 * Stateless and thread-safe.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * {@return whether a cell is a decimal number: an optional sign, digits with an optional point
   * (or a point and digits), an optional exponent} The regular expression {@code
   * [+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?} with ASCII digits, which is what {@link
   * Double#parseDouble} then reads; {@code NaN}, infinities, hexadecimal and a trailing {@code d}
   * or {@code f} are not decimals.
   *
   * @param cell the cell's text, already stripped if it is to be
   */
  public static boolean isDecimal(CharSequence cell) {
    int n = cell.length();
    int i = 0;
    if (i < n && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
      i++;
    }
    int start = i;
    i = digits(cell, i);
    boolean whole = i > start;
    if (i < n && cell.charAt(i) == '.') {
      int fraction = i + 1;
      i = digits(cell, fraction);
      if (!whole && i == fraction) {
        return false;
      }
    } else if (!whole) {
      return false;
    }
    if (i < n && (cell.charAt(i) == 'e' || cell.charAt(i) == 'E')) {
      i++;
      if (i < n && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(cell, i);
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }

  /** Powers of ten that are exact doubles: 10^0 to 10^22. */
  private static final double[] EXACT_POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < EXACT_POWERS.length; i++) {
      EXACT_POWERS[i] = p;
      p *= 10;
    }
  }

  /**
   * {@return the double of a decimal cell, exactly {@link Double#parseDouble}'s} For a cell {@link
   * #isDecimal} accepts. A number of at most 15 significant digits whose power of ten is within
   * 10^&plusmn;22 is read directly: its digits m and 10^k are then exact doubles, so the one
   * division or multiplication, correctly rounded, is the correctly rounded value of the decimal,
   * which is what {@code parseDouble} returns (Clinger's fast path); any other cell goes to {@code
   * parseDouble} itself.
   *
   * @param cell the cell's text, a decimal number
   * @throws NumberFormatException if it is not a number ({@code parseDouble}'s)
   */
  public static double decimal(String cell) {
    int n = cell.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
      negative = cell.charAt(i) == '-';
      i++;
    }
    long m = 0;
    int significant = 0;
    int scale = 0; // digits after the point
    boolean any = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = cell.charAt(i);
      if (c >= '0' && c <= '9') {
        any = true;
        if (m != 0 || c != '0') {
          if (++significant > 15) {
            return Double.parseDouble(cell);
          }
        }
        m = m * 10 + (c - '0');
        if (point) {
          scale++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (!any) {
      return Double.parseDouble(cell);
    }
    int exponent = 0;
    if (i < n) {
      char c = cell.charAt(i);
      if (c != 'e' && c != 'E') {
        return Double.parseDouble(cell);
      }
      i++;
      boolean minus = false;
      if (i < n && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
        minus = cell.charAt(i) == '-';
        i++;
      }
      if (i == n || n - i > 4) {
        return Double.parseDouble(cell);
      }
      for (; i < n; i++) {
        char d = cell.charAt(i);
        if (d < '0' || d > '9') {
          return Double.parseDouble(cell);
        }
        exponent = exponent * 10 + (d - '0');
      }
      if (minus) {
        exponent = -exponent;
      }
    }
    int power = exponent - scale;
    double v;
    if (m == 0) {
      v = 0.0;
    } else if (power >= 0 && power < EXACT_POWERS.length) {
      v = m * EXACT_POWERS[power];
    } else if (power < 0 && -power < EXACT_POWERS.length) {
      v = m / EXACT_POWERS[-power];
    } else {
      return Double.parseDouble(cell);
    }
    return negative ? -v : v;
  }

  private static int digits(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /**
   * {@return an ISO date ({@code YYYY-MM-DD}), exactly as {@link LocalDate#parse(CharSequence)}
   * reads it} The common form of ten characters is read directly; anything else (or a day that does
   * not exist) goes to {@code LocalDate.parse}, so what is accepted and what is refused, with which
   * exception, is the JDK's.
   *
   * @param text the date's text
   * @throws DateTimeParseException if it is not an ISO date
   */
  public static LocalDate isoDate(CharSequence text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = number(text, 0, 4);
      int month = number(text, 5, 7);
      int day = number(text, 8, 10);
      if (year >= 0
          && month >= 1
          && month <= 12
          && day >= 1
          && (day <= 28 || day <= Month.of(month).length(Year.isLeap(year)))) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The decimal digits of s[from, to), or -1 if one is not an ASCII digit. */
  private static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
