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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.input.CsvCells;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reads SPC series from CSV (RFC 4180, with a header row, parsed by FastCSV).
 *
 * <p>Which columns to read is a {@link Columns}: the date, then either a value column or a
 * numerator and a denominator column (the value is their ratio; p and u charts need them), an
 * optional facet column, and filters that a row must all match to be read at all (a long table such
 * as the A&amp;E file holds many measures and department types).
 *
 * <p>Dates are ISO {@code YYYY-MM-DD}. A value, numerator or denominator cell that is empty or
 * {@code NA} makes the point missing, and it is kept; {@code NaN} and infinities are errors, as is
 * a denominator that is not positive. Rows may come in any order; one series is made per distinct
 * facet value (or one series with facet {@code ""} without a facet column), and the series are
 * returned sorted by facet name. Problems name the CSV line and column (or, for problems of a whole
 * series, the facet and date); at most 20 are reported. A leading byte-order mark is skipped.
 * Limits ({@link BoundedInput}): at most 1,000,000 data rows, 1,000 cells and 1,000,000 characters
 * in a row, 100,000 characters in a cell; the byte limit is the caller's, applied while reading.
 */
public final class SpcCsv {

  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(?:NaN|Inf|Infinity|inf|infinity|nan)");
  private static final int MAX_PROBLEMS = 20;
  private static final int MAX_SHARED_DATES = 100_000;

  private SpcCsv() {}

  /** FastCSV's innermost message, which names the line and the fault. */
  static @Nullable String detail(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /**
   * The columns an SPC series is read from and the filters rows must match. Immutable; build with
   * {@link #builder(String)}.
   */
  public static final class Columns {
    private final String date;
    private final Optional<String> value;
    private final Optional<String> numerator;
    private final Optional<String> denominator;
    private final Optional<String> facet;
    private final List<Map.Entry<String, String>> filters;

    private Columns(Builder b) {
      this.date = b.date;
      this.value = Optional.ofNullable(b.value);
      this.numerator = Optional.ofNullable(b.numerator);
      this.denominator = Optional.ofNullable(b.denominator);
      this.facet = Optional.ofNullable(b.facet);
      this.filters = List.copyOf(b.filters);
    }

    /**
     * {@return a builder}
     *
     * @param dateColumn the header of the date column
     */
    public static Builder builder(String dateColumn) {
      return new Builder(Objects.requireNonNull(dateColumn, "dateColumn"));
    }

    /** {@return the header of the date column} */
    public String date() {
      return date;
    }

    /** {@return the header of the value column, when values are read} */
    public Optional<String> value() {
      return value;
    }

    /** {@return the header of the numerator column, when numerators and denominators are read} */
    public Optional<String> numerator() {
      return numerator;
    }

    /** {@return the header of the denominator column, when numerators and denominators are read} */
    public Optional<String> denominator() {
      return denominator;
    }

    /** {@return the header of the facet column, if the chart has facets} */
    public Optional<String> facet() {
      return facet;
    }

    /** {@return the filters (column, value), in the order given; a row must match all of them} */
    public List<Map.Entry<String, String>> filters() {
      return filters;
    }

    /** Collects the columns; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
      private final String date;
      private @Nullable String value;
      private @Nullable String numerator;
      private @Nullable String denominator;
      private @Nullable String facet;
      private final List<Map.Entry<String, String>> filters = new ArrayList<>();

      private Builder(String date) {
        this.date = date;
      }

      /**
       * Reads the values from a column.
       *
       * @param column its header
       * @return this builder
       */
      public Builder value(String column) {
        this.value = Objects.requireNonNull(column, "column");
        return this;
      }

      /**
       * Reads each point as a numerator over a denominator: its value is their ratio.
       *
       * @param numeratorColumn the header of the numerator column
       * @param denominatorColumn the header of the denominator column
       * @return this builder
       */
      public Builder ratio(String numeratorColumn, String denominatorColumn) {
        this.numerator = Objects.requireNonNull(numeratorColumn, "numeratorColumn");
        this.denominator = Objects.requireNonNull(denominatorColumn, "denominatorColumn");
        return this;
      }

      /**
       * Makes one series per distinct value of a column.
       *
       * @param column its header
       * @return this builder
       */
      public Builder facet(String column) {
        this.facet = Objects.requireNonNull(column, "column");
        return this;
      }

      /**
       * Reads only the rows whose cell in {@code column} is exactly {@code value} (after CSV
       * unquoting; {@code ""} matches an empty cell). Repeatable: a row must match every filter.
       *
       * @param column the header of the column
       * @param value the cell's text
       * @return this builder
       */
      public Builder filter(String column, String value) {
        filters.add(
            Map.entry(
                Objects.requireNonNull(column, "column"), Objects.requireNonNull(value, "value")));
        return this;
      }

      /**
       * {@return the columns}
       *
       * @throws ValidationException when neither or both of a value column and a numerator and
       *     denominator pair are given, or a column name is empty
       */
      public Columns build() {
        List<Problem> problems = new ArrayList<>();
        if ((value == null) == (numerator == null)) {
          problems.add(
              new Problem(
                  "/columns",
                  "spc.csv.columns",
                  "give a value column or a numerator and a denominator column, "
                      + (value == null ? "not neither" : "not both")));
        }
        List<String> names = new ArrayList<>(List.of(date));
        for (String name : new String[] {value, numerator, denominator, facet}) {
          if (name != null) {
            names.add(name);
          }
        }
        filters.forEach(f -> names.add(f.getKey()));
        if (names.stream().anyMatch(String::isEmpty)) {
          problems.add(new Problem("/columns", "spc.csv.columns", "a column name is empty"));
        }
        if (!problems.isEmpty()) {
          throw new ValidationException(problems);
        }
        return new Columns(this);
      }
    }

    @Override
    public String toString() {
      return "date "
          + date
          + value.map(v -> ", value " + v).orElse("")
          + numerator
              .map(v -> ", numerator " + v + ", denominator " + denominator.orElseThrow())
              .orElse("")
          + facet.map(v -> ", facet " + v).orElse("")
          + (filters.isEmpty() ? "" : ", filters " + filterText(filters));
    }
  }

  private static String filterText(List<Map.Entry<String, String>> filters) {
    return filters.stream()
        .map(f -> f.getKey() + "=" + f.getValue())
        .collect(Collectors.joining(", "));
  }

  private static int column(List<String> header, String name, String what, List<Problem> problems) {
    int at = header.indexOf(name);
    if (at < 0) {
      problems.add(
          new Problem(
              "/columns" + Problem.token(name),
              "spc.csv.column",
              what + "'" + name + "' is not in the CSV header " + header));
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
   * @throws ValidationException as {@link #read(Reader, Columns)}
   * @throws UncheckedIOException when the text cannot be read
   */
  public static List<SpcSeries> read(
      Reader csv, String dateColumn, String valueColumn, Optional<String> facetColumn) {
    Columns.Builder columns = Columns.builder(dateColumn).value(valueColumn);
    facetColumn.ifPresent(columns::facet);
    return read(csv, columns.build());
  }

  /**
   * {@return the series in a CSV text, one per facet, sorted by facet name}
   *
   * @param csv the CSV text, with a header row; closed by the caller
   * @param columns the columns to read and the filters rows must match
   * @throws ValidationException when a column (a filter's included) is absent, the CSV is
   *     malformed, has no data row or no row matching the filters, or a cell cannot be read (not a
   *     date, not a number, not finite, a denominator that is not positive), naming the line and
   *     column, or a series is invalid (a date twice in a facet), naming the facet and date; at
   *     most 20 problems are reported
   * @throws UncheckedIOException when the text cannot be read
   */
  public static List<SpcSeries> read(Reader csv, Columns columns) {
    Objects.requireNonNull(columns, "columns");
    List<Problem> problems = new ArrayList<>();
    Map<String, SpcSeries.Builder> builders = new TreeMap<>();
    Current current = new Current(builders);
    Map<String, LocalDate> dates = new HashMap<>();
    boolean headerChecked = false;
    int rows = 0;
    int matched = 0;
    int dateAt = -1;
    int valueAt = -1;
    int numeratorAt = -1;
    int denominatorAt = -1;
    int facetAt = -1;
    List<Map.Entry<String, String>> filters = columns.filters();
    int[] filterAt = new int[filters.size()];
    boolean ratio = columns.numerator().isPresent();
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
        if (!headerChecked) {
          headerChecked = true;
          List<String> header = new ArrayList<>(record.getFields());
          if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1)); // a UTF-8 byte-order mark
          }
          dateAt = column(header, columns.date(), "column ", problems);
          if (ratio) {
            numeratorAt = column(header, columns.numerator().orElseThrow(), "column ", problems);
            denominatorAt =
                column(header, columns.denominator().orElseThrow(), "column ", problems);
          } else {
            valueAt = column(header, columns.value().orElseThrow(), "column ", problems);
          }
          if (columns.facet().isPresent()) {
            facetAt = column(header, columns.facet().get(), "column ", problems);
          }
          for (int f = 0; f < filterAt.length; f++) {
            filterAt[f] = column(header, filters.get(f).getKey(), "filter column ", problems);
          }
          if (!problems.isEmpty()) {
            throw new ValidationException(problems);
          }
          continue;
        }
        rows++;
        if (rows > BoundedInput.MAX_CSV_ROWS) {
          problems.add(
              new Problem(
                  "/rows",
                  "spc.csv.rows",
                  "line "
                      + record.getStartingLineNumber()
                      + ": more than "
                      + BoundedInput.MAX_CSV_ROWS
                      + " data rows; at most "
                      + BoundedInput.MAX_CSV_ROWS
                      + " are read"));
          break;
        }
        if (!matches(record, filterAt, filters)) {
          continue;
        }
        matched++;
        long line = record.getStartingLineNumber();
        String facet = facetAt < 0 ? "" : record.getField(facetAt);
        String dateText = record.getField(dateAt).strip();
        LocalDate date = dates.get(dateText);
        try {
          if (date == null) {
            date = CsvCells.isoDate(dateText);
            if (dates.size() < MAX_SHARED_DATES) {
              dates.put(dateText, date); // one LocalDate per distinct date, not per row
            }
          }
        } catch (DateTimeParseException e) {
          problems.add(
              new Problem(
                  "/rows/" + line + Problem.token(columns.date()),
                  "spc.csv.date",
                  "line "
                      + line
                      + ", column '"
                      + columns.date()
                      + "': '"
                      + dateText
                      + "' is not an ISO date (YYYY-MM-DD)"));
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
          continue;
        }
        // Made when a point is added, so that a facet whose only rows are bad is not also "empty".
        Supplier<SpcSeries.Builder> builder = current.of(facet);
        if (ratio) {
          readRatio(record, line, numeratorAt, denominatorAt, columns, date, builder, problems);
        } else {
          readValue(record, line, valueAt, columns.value().orElseThrow(), date, builder, problems);
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
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
    } else if (matched == 0 && problems.isEmpty()) {
      problems.add(
          new Problem(
              "/filters",
              "spc.csv.filtered",
              "none of the " + rows + " data rows matches the filters " + filterText(filters)));
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

  /**
   * The builder of a row's facet, found when a point is added: the last facet's is kept, since rows
   * usually come facet by facet, so that most rows need no map look-up and no new object.
   */
  private static final class Current implements Supplier<SpcSeries.Builder> {
    private final Map<String, SpcSeries.Builder> builders;
    private String facet = "";
    private SpcSeries.@Nullable Builder last;
    private @Nullable String lastFacet;

    Current(Map<String, SpcSeries.Builder> builders) {
      this.builders = builders;
    }

    /** {@return this, set to a row's facet} */
    Current of(String rowFacet) {
      this.facet = rowFacet;
      return this;
    }

    @Override
    public SpcSeries.Builder get() {
      SpcSeries.Builder b = last;
      if (b == null || !facet.equals(lastFacet)) {
        b = builders.computeIfAbsent(facet, SpcSeries::builder);
        last = b;
        lastFacet = facet;
      }
      return b;
    }
  }

  private static boolean matches(
      CsvRecord record, int[] at, List<Map.Entry<String, String>> filters) {
    for (int f = 0; f < at.length; f++) {
      if (!record.getField(at[f]).equals(filters.get(f).getValue())) {
        return false;
      }
    }
    return true;
  }

  private static void readValue(
      CsvRecord record,
      long line,
      int at,
      String column,
      LocalDate date,
      Supplier<SpcSeries.Builder> builder,
      List<Problem> problems) {
    String text = record.getField(at).strip();
    if (missing(text)) {
      builder.get().addMissing(date);
    } else if (CsvCells.isDecimal(text)) {
      builder.get().add(date, CsvCells.decimal(text));
    } else if (NON_FINITE.matcher(text).matches()) {
      // Passed on as what it says, so that the series names the facet, date and value.
      builder
          .get()
          .add(
              date,
              text.toLowerCase(Locale.ROOT).contains("nan")
                  ? Double.NaN
                  : text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    } else {
      problems.add(notANumber(line, column, text));
    }
  }

  private static void readRatio(
      CsvRecord record,
      long line,
      int numeratorAt,
      int denominatorAt,
      Columns columns,
      LocalDate date,
      Supplier<SpcSeries.Builder> builder,
      List<Problem> problems) {
    String numeratorColumn = columns.numerator().orElseThrow();
    String denominatorColumn = columns.denominator().orElseThrow();
    String numText = record.getField(numeratorAt).strip();
    String denText = record.getField(denominatorAt).strip();
    if (missing(numText) || missing(denText)) {
      builder.get().addMissing(date);
      return;
    }
    double num = cell(line, numeratorColumn, numText, problems);
    double den = cell(line, denominatorColumn, denText, problems);
    if (Double.isNaN(num) || Double.isNaN(den)) {
      return;
    }
    if (!(den > 0)) {
      problems.add(
          new Problem(
              "/rows/" + line + Problem.token(denominatorColumn),
              "spc.csv.denominator",
              "line "
                  + line
                  + ", column '"
                  + denominatorColumn
                  + "': the denominator "
                  + denText
                  + " is not positive"));
      return;
    }
    builder.get().addRatio(date, num, den);
  }

  /** A finite number, or NaN after adding the problem with the cell's line and column. */
  private static double cell(long line, String column, String text, List<Problem> problems) {
    if (CsvCells.isDecimal(text)) {
      double v = CsvCells.decimal(text);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    if (CsvCells.isDecimal(text) || NON_FINITE.matcher(text).matches()) {
      problems.add(
          new Problem(
              "/rows/" + line + Problem.token(column),
              "spc.csv.non-finite",
              "line " + line + ", column '" + column + "': '" + text + "' is not a finite number"));
    } else {
      problems.add(notANumber(line, column, text));
    }
    return Double.NaN;
  }

  private static boolean missing(String text) {
    return text.isEmpty() || text.equals("NA");
  }

  private static Problem notANumber(long line, String column, String text) {
    return new Problem(
        "/rows/" + line + Problem.token(column),
        "spc.csv.number",
        "line " + line + ", column '" + column + "': '" + text + "' is not a number");
  }
}
