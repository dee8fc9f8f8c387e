package org.networkedcare.metrics.spc;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reads SPC series from CSV (RFC 4180, with a header row, parsed by FastCSV).
 *
 * <p>Dates are ISO {@code YYYY-MM-DD}. A value cell that is empty or {@code NA} is a missing
 * value and is kept; {@code NaN} and infinities are errors. Rows may come in any order; one series
 * is made per distinct facet value (or one series with facet {@code ""} without a facet column),
 * and the series are returned sorted by facet name. A leading byte-order mark is skipped. Limits
 * ({@link BoundedInput}): at most 1,000,000 data rows, 1,000 cells and 1,000,000 characters in a
 * row, 100,000 characters in a cell; the byte limit is the caller's, applied while reading.
 */
public final class SpcCsv {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(?:NaN|Inf|Infinity|inf|infinity|nan)");
  private static final int MAX_PROBLEMS = 20;

  private SpcCsv() {}

  /** FastCSV's innermost message, which names the line and the fault. */
  static String detail(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static int column(List<String> header, String name, List<Problem> problems) {
    int at = header.indexOf(name);
    if (at < 0) {
      problems.add(
          new Problem(
              "/columns" + Problem.token(name),
              "spc.csv.column",
              "column '" + name + "' is not in the CSV header " + header));
    }
    return at;
  }

  /**
   * {@return the series in a CSV text, one per facet, sorted by facet name}
   *
   * @param csv the CSV text, with a header row; closed by the caller
   * @param dateColumn the header of the date column
   * @param valueColumn the header of the value column
   * @param facetColumn the header of the facet column, if the chart has facets
   * @throws ValidationException when a column is absent, the CSV is malformed or has no data row,
   *     or a cell cannot be read, naming the line and column (or the facet and date); at most 20
   *     problems are reported
   * @throws UncheckedIOException when the text cannot be read
   */
  public static List<SpcSeries> read(
      Reader csv, String dateColumn, String valueColumn, Optional<String> facetColumn) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SpcSeries.Builder> builders = new TreeMap<>();
    boolean headerChecked = false;
    int rows = 0;
    int dateAt = -1;
    int valueAt = -1;
    int facetAt = -1;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().build(CsvRecordHandler.builder()
        .maxFields(BoundedInput.MAX_CSV_CELLS).maxFieldSize(BoundedInput.MAX_CSV_CELL_CHARS)
        .maxRecordSize(BoundedInput.MAX_CSV_ROW_CHARS).build(), BoundedInput.withoutByteOrderMark(csv))) {
      for (CsvRecord record : reader) {
        if (!headerChecked) {
          headerChecked = true;
          List<String> header = new ArrayList<>(record.getFields());
          if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1)); // a UTF-8 byte-order mark
          }
          dateAt = column(header, dateColumn, problems);
          valueAt = column(header, valueColumn, problems);
          if (facetColumn.isPresent()) {
            facetAt = column(header, facetColumn.get(), problems);
          }
          if (!problems.isEmpty()) {
            throw new ValidationException(problems);
          }
          continue;
        }
        rows++;
        long line = record.getStartingLineNumber();
        if (rows > BoundedInput.MAX_CSV_ROWS) {
          problems.add(new Problem("/rows", "spc.csv.rows", "line " + line + ": more than " + BoundedInput.MAX_CSV_ROWS
              + " data rows; at most " + BoundedInput.MAX_CSV_ROWS + " are read"));
          break;
        }
        String at = "/rows/" + line;
        String facet = facetAt < 0 ? "" : record.getField(facetAt);
        String dateText = record.getField(dateAt).strip();
        LocalDate date;
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          problems.add(
              new Problem(
                  at + Problem.token(dateColumn),
                  "spc.csv.date",
                  "line " + line + ", column '" + dateColumn + "': '" + dateText
                      + "' is not an ISO date (YYYY-MM-DD)"));
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
          continue;
        }
        SpcSeries.Builder builder = builders.computeIfAbsent(facet, SpcSeries::builder);
        String valueText = record.getField(valueAt).strip();
        if (valueText.isEmpty() || valueText.equals("NA")) {
          builder.addMissing(date);
        } else if (NUMBER.matcher(valueText).matches()) {
          builder.add(date, Double.parseDouble(valueText));
        } else if (NON_FINITE.matcher(valueText).matches()) {
          // Passed on as what it says, so that the series names the facet, date and value.
          builder.add(date, valueText.toLowerCase(java.util.Locale.ROOT).contains("nan") ? Double.NaN
              : valueText.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        } else {
          problems.add(
              new Problem(
                  at + Problem.token(valueColumn),
                  "spc.csv.number",
                  "line " + line + ", column '" + valueColumn + "': '" + valueText
                      + "' is not a number"));
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
        }
      }
    } catch (CsvParseException e) {
      problems.add(new Problem("", "spc.csv.malformed", "malformed CSV: " + detail(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!headerChecked && problems.isEmpty()) {
      problems.add(new Problem("", "spc.csv.empty", "the CSV is empty: no header row"));
    } else if (rows == 0 && problems.isEmpty()) {
      problems.add(new Problem("", "spc.csv.empty", "the CSV has a header but no data rows"));
    }
    List<SpcSeries> series = new ArrayList<>(builders.size());
    for (SpcSeries.Builder builder : builders.values()) {
      if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
      try {
        series.add(builder.build());
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return series;
  }
}
