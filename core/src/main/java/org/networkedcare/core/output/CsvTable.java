package org.networkedcare.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A CSV table being written: a header, then rows of exactly the header's width, lines ended by LF.
 *
 * <p><b>Text cells</b> ({@link #text}) are quoted as RFC 4180 requires: a cell holding a comma, a
 * double quote, CR or LF is enclosed in double quotes with each double quote doubled; so is a first
 * cell of a row that starts with {@code #}, which some readers take for a comment. A text cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR, which a spreadsheet would
 * run as a formula (OWASP's "CSV injection"), is written with a leading apostrophe ({@code
 * =HYPERLINK(..)} becomes {@code '=HYPERLINK(..)}): spreadsheets then show it as text, apostrophe
 * included, and a program reading the file can strip it. Identifiers and names are text cells.
 *
 * <p><b>Number cells</b> ({@link #number}) are written exactly as given, never altered, so that a
 * negative number stays {@code -1.5}: the text must be a decimal number (digits, at most a sign, a
 * point and an exponent) or empty for a value that does not exist; anything else, an infinity
 * included, is a programming error ({@link IllegalArgumentException}). How a number is formatted is
 * the caller's decision.
 *
 * <p>The cells are written straight to the writer (no copy of a cell is made unless it must be
 * quoted); wrap a file's writer in a buffer, as {@link OutputFolder#writer} does. Not thread-safe.
 */
public final class CsvTable {

  private final Writer out;
  private final int width;
  private int column;

  private CsvTable(Writer out, int width) {
    this.out = out;
    this.width = width;
  }

  /**
   * Starts a table by writing its header.
   *
   * @param out where the table goes
   * @param header the column names, at least one
   * @return the table
   * @throws IOException if the header cannot be written
   */
  public static CsvTable start(Writer out, String... header) throws IOException {
    return start(out, List.of(header));
  }

  /**
   * Starts a table by writing its header.
   *
   * @param out where the table goes
   * @param header the column names, at least one
   * @return the table
   * @throws IOException if the header cannot be written
   */
  public static CsvTable start(Writer out, List<String> header) throws IOException {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV table has at least one column");
    }
    CsvTable table = new CsvTable(out, header.size());
    for (String name : header) {
      table.text(name);
    }
    table.end();
    return table;
  }

  /** {@return the number of columns} */
  public int width() {
    return width;
  }

  /**
   * Writes a text cell, quoted and neutralised as the class describes.
   *
   * @param cell the text
   * @return this table
   * @throws IOException if it cannot be written
   */
  public CsvTable text(CharSequence cell) throws IOException {
    separate();
    int n = cell.length();
    if (n == 0) {
      if (width == 1) {
        out.write("\"\""); // a row of one empty cell would be an empty line, which readers skip
      }
      return this;
    }
    char first = cell.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    boolean quote = column == 1 && first == '#';
    for (int i = 0; i < n && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote) {
      out.write('"');
    }
    if (formula) {
      out.write('\'');
    }
    if (!quote) {
      out.append(cell);
    } else {
      for (int i = 0; i < n; i++) {
        char c = cell.charAt(i);
        if (c == '"') {
          out.write('"');
        }
        out.write(c);
      }
      out.write('"');
    }
    return this;
  }

  /**
   * Writes a number cell as given.
   *
   * @param number a decimal number ({@code 12}, {@code -0.5}, {@code 1.5E-7}), or empty for a value
   *     that does not exist
   * @return this table
   * @throws IllegalArgumentException if the text is not a decimal number
   * @throws IOException if it cannot be written
   */
  public CsvTable number(CharSequence number) throws IOException {
    if (!isNumber(number)) {
      throw new IllegalArgumentException(
          "not a decimal number for a CSV number cell: '" + number + "'");
    }
    separate();
    out.append(number);
    return this;
  }

  /**
   * Writes a whole number.
   *
   * @param number the number
   * @return this table
   * @throws IOException if it cannot be written
   */
  public CsvTable number(long number) throws IOException {
    separate();
    if (number >= 0 && number < 10) {
      out.write('0' + (int) number);
    } else if (number == Long.MIN_VALUE) {
      out.write(Long.toString(number));
    } else {
      int at = digits.length;
      long v = Math.abs(number);
      while (v != 0) {
        digits[--at] = (char) ('0' + (int) (v % 10));
        v /= 10;
      }
      if (number < 0) {
        digits[--at] = '-';
      }
      out.write(digits, at, digits.length - at);
    }
    return this;
  }

  /** Room for the digits of a long, so that whole numbers are written without a String. */
  private final char[] digits = new char[20];

  /**
   * Ends the row.
   *
   * @throws IllegalStateException if the row does not have the header's width
   * @throws IOException if it cannot be written
   */
  public void end() throws IOException {
    if (column != width) {
      throw new IllegalStateException(
          "a CSV row of " + column + " cells under a header of " + width);
    }
    out.write('\n');
    column = 0;
  }

  private void separate() throws IOException {
    if (column == width) {
      throw new IllegalStateException("a CSV row has only " + width + " cells");
    }
    if (column > 0) {
      out.write(',');
    }
    column++;
  }

  /** Digits with at most a sign, one point and an exponent; or nothing. */
  static boolean isNumber(CharSequence s) {
    int n = s.length();
    int i = 0;
    if (n == 0) {
      return true;
    }
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }
}
