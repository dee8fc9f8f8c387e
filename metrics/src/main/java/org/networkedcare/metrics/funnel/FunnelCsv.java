package org.networkedcare.metrics.funnel;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.input.CsvCells;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reads funnel input rows from CSV (RFC 4180, with a header row, parsed by FastCSV): one row per
 * site, or several that {@link Funnel} sums, optionally only the rows that match filters (a long
 * table of many periods and kinds of site). Numbers are plain decimals; an empty, {@code NA} or
 * non-numeric cell is an error naming the line, the column and the site. Other columns are ignored.
 * A leading byte-order mark is skipped. Limits ({@link BoundedInput}): at most 1,000,000 data rows,
 * 1,000 cells and 1,000,000 characters in a row, 100,000 characters in a cell; the byte limit is
 * the caller's, applied while reading.
 */
public final class FunnelCsv {

  private static final int MAX_PROBLEMS = 20;

  private FunnelCsv() {}

  /**
   * {@return the rows of a CSV text, in file order}
   *
   * @param csv the CSV text, with a header row; closed by the caller
   * @param siteColumn the header of the site column
   * @param numeratorColumn the header of the numerator column
   * @param denominatorColumn the header of the denominator column
   * @throws ValidationException when a column is absent (naming it), the CSV is malformed or has no
   *     data row, a site cell is empty, or a number cell cannot be read (naming the line, column
   *     and site); at most 20 problems are reported
   * @throws UncheckedIOException when the text cannot be read
   */
  public static List<SiteCount> read(
      Reader csv, String siteColumn, String numeratorColumn, String denominatorColumn) {
    return read(csv, siteColumn, numeratorColumn, denominatorColumn, List.of());
  }

  /**
   * {@return the rows of a CSV text that match every filter, in file order}
   *
   * <p>A filter is a column and a value; a row is read only when each filter's cell equals its
   * value exactly (after CSV unquoting, before any stripping; {@code ""} matches an empty cell).
   * Rows that do not match are not checked at all, so a bad number in another period is not a
   * problem.
   *
   * @param csv the CSV text, with a header row; closed by the caller
   * @param siteColumn the header of the site column
   * @param numeratorColumn the header of the numerator column
   * @param denominatorColumn the header of the denominator column
   * @param filters the (column, value) pairs a row must all match; empty to read every row
   * @throws ValidationException as {@link #read(Reader, String, String, String)}, and when a filter
   *     column is absent or no data row matches the filters (naming them)
   * @throws UncheckedIOException when the text cannot be read
   */
  public static List<SiteCount> read(
      Reader csv,
      String siteColumn,
      String numeratorColumn,
      String denominatorColumn,
      List<Map.Entry<String, String>> filters) {
    List<Map.Entry<String, String>> filterList = List.copyOf(filters);
    int[] filterAt = new int[filterList.size()];
    int matched = 0;
    List<Problem> problems = new ArrayList<>();
    List<SiteCount> rows = new ArrayList<>();
    boolean header = false;
    int siteAt = -1;
    int numAt = -1;
    int denAt = -1;
    int count = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .build(
                CsvRecordHandler.builder()
                    .maxFields(BoundedInput.MAX_CSV_CELLS)
                    .maxFieldSize(BoundedInput.MAX_CSV_CELL_CHARS)
                    .maxRecordSize(BoundedInput.MAX_CSV_ROW_CHARS)
                    .build(),
                BoundedInput.withoutByteOrderMark(csv))) {
      for (CsvRecord record : reader) {
        if (!header) {
          header = true;
          List<String> names = new ArrayList<>(record.getFields());
          if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1)); // a UTF-8 byte-order mark
          }
          siteAt = column(names, siteColumn, problems);
          numAt = column(names, numeratorColumn, problems);
          denAt = column(names, denominatorColumn, problems);
          for (int f = 0; f < filterAt.length; f++) {
            filterAt[f] = column(names, filterList.get(f).getKey(), problems);
          }
          if (!problems.isEmpty()) {
            throw new ValidationException(problems);
          }
          continue;
        }
        long line = record.getStartingLineNumber();
        if (++count > BoundedInput.MAX_CSV_ROWS) {
          problems.add(
              new Problem(
                  "/rows",
                  "funnel.csv.rows",
                  "line "
                      + line
                      + ": more than "
                      + BoundedInput.MAX_CSV_ROWS
                      + " data rows; at most "
                      + BoundedInput.MAX_CSV_ROWS
                      + " are read"));
          break;
        }
        if (!matches(record, filterAt, filterList)) {
          continue;
        }
        matched++;
        String site = siteAt < record.getFieldCount() ? record.getField(siteAt).strip() : "";
        if (site.isEmpty()) {
          problems.add(
              new Problem(
                  "/rows/" + line + Problem.token(siteColumn),
                  "funnel.csv.site",
                  "line " + line + ", column '" + siteColumn + "': the site is empty"));
        } else {
          double num = number(record, numAt, numeratorColumn, site, line, problems);
          double den = number(record, denAt, denominatorColumn, site, line, problems);
          if (!Double.isNaN(num) && !Double.isNaN(den)) {
            rows.add(new SiteCount(site, num, den));
          }
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
    } catch (CsvParseException e) {
      Throwable t = e;
      while (t.getCause() != null && t.getCause() != t) {
        t = t.getCause();
      }
      problems.add(new Problem("", "funnel.csv.malformed", "malformed CSV: " + t.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!header && problems.isEmpty()) {
      problems.add(new Problem("", "funnel.csv.empty", "the CSV is empty: no header row"));
    } else if (count > 0 && matched == 0 && !filterList.isEmpty() && problems.isEmpty()) {
      problems.add(
          new Problem(
              "/filters",
              "funnel.csv.filtered",
              "none of the "
                  + count
                  + " data rows matches the filters "
                  + filterList.stream()
                      .map(f -> f.getKey() + "=" + f.getValue())
                      .collect(Collectors.joining(", "))));
    } else if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem("", "funnel.csv.empty", "the CSV has a header but no data rows"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return rows;
  }

  private static boolean matches(
      CsvRecord record, int[] at, List<Map.Entry<String, String>> filters) {
    for (int f = 0; f < at.length; f++) {
      String cell = at[f] < record.getFieldCount() ? record.getField(at[f]) : "";
      if (!cell.equals(filters.get(f).getValue())) {
        return false;
      }
    }
    return true;
  }

  private static int column(List<String> header, String name, List<Problem> problems) {
    int at = header.indexOf(name);
    if (at < 0) {
      problems.add(
          new Problem(
              "/columns" + Problem.token(name),
              "funnel.csv.column",
              "column '" + name + "' is not in the CSV header " + header));
    }
    return at;
  }

  private static double number(
      CsvRecord record, int at, String column, String site, long line, List<Problem> problems) {
    String text = at < record.getFieldCount() ? record.getField(at).strip() : "";
    if (CsvCells.isDecimal(text)) {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    problems.add(
        new Problem(
            "/rows/" + line + Problem.token(column),
            "funnel.csv.number",
            "line "
                + line
                + ", column '"
                + column
                + "', site '"
                + site
                + "': '"
                + text
                + "' is not a number"));
    return Double.NaN;
  }
}
