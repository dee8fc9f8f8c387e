package org.networkedcare.examples.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.validation.Problems;

/**
 * Reads the A&amp;E attendances CSV of NHSRdatasets ({@code period, org_code, type, attendances,
 * breaches, admissions}), keeping type 1 departments.
 */
public final class AeAttendances {

  /**
   * The whole A&amp;E file of NHSRdatasets 0.3.3 (12,765 rows, April 2016 to March 2019), shipped
   * with the examples (OGL v3.0; see NOTICE).
   */
  public static final String RESOURCE = "/org/networkedcare/examples/data/ae_attendances.csv";

  private AeAttendances() {}

  /** {@return the type 1 rows of the shipped file} */
  public static List<AeMonth> shipped() {
    try (InputStream in = open()) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the shipped file, opened; the caller closes it} */
  public static InputStream open() {
    InputStream in = AeAttendances.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    return in;
  }

  /**
   * Reads the type 1 rows of a CSV in the NHSRdatasets layout.
   *
   * @param in the CSV, UTF-8
   * @return the rows, in file order
   * @throws org.networkedcare.core.validation.ValidationException naming every bad cell as {@code
   *     /row/N/column}
   */
  public static List<AeMonth> read(InputStream in) {
    Problems problems = Problems.collector();
    List<AeMonth> months = new ArrayList<>();
    int rows = 0;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(BoundedInput.utf8(in, BoundedInput.MAX_CSV_BYTES))) {
      for (NamedCsvRecord record : csv) {
        if (++rows > BoundedInput.MAX_CSV_ROWS) {
          problems
              .at("row")
              .add(
                  "range",
                  "more than "
                      + BoundedInput.MAX_CSV_ROWS
                      + " rows; at most "
                      + BoundedInput.MAX_CSV_ROWS
                      + " are read");
          break;
        }
        if (!"1".equals(field(record, "type", problems))) {
          continue;
        }
        Problems row = problems.at("row").at((int) record.getStartingLineNumber());
        YearMonth month = null;
        try {
          LocalDate date = LocalDate.parse(field(record, "period", row));
          month = YearMonth.from(date);
        } catch (DateTimeParseException e) {
          row.at("period").add("format", "not a date of the form YYYY-MM-DD");
        }
        long attendances = count(record, "attendances", row);
        long breaches = count(record, "breaches", row);
        long admissions = count(record, "admissions", row);
        boolean counted = attendances >= 0 && breaches >= 0 && admissions >= 0;
        if (counted) {
          row.at("breaches")
              .check(breaches <= attendances, "range", "more breaches than attendances");
          row.at("attendances").check(attendances > 0, "range", "no attendances");
        }
        if (month != null && counted) {
          months.add(
              new AeMonth(
                  month, field(record, "org_code", row), attendances, breaches, admissions));
        }
      }
    } catch (CsvParseException e) {
      Throwable t = e;
      while (t.getCause() != null && t.getCause() != t) {
        t = t.getCause();
      }
      problems.at("row").add("csv.malformed", "malformed CSV: " + t.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    problems.throwIfAny();
    return months;
  }

  private static String field(NamedCsvRecord record, String name, Problems problems) {
    return record
        .findField(name)
        .orElseGet(
            () -> {
              problems.at(name).add("required", "the column '" + name + "' is missing");
              return "";
            });
  }

  /** Reads a count; a problem is recorded and -1 returned when the cell is not a count. */
  private static long count(NamedCsvRecord record, String name, Problems row) {
    String text = field(record, name, row);
    try {
      long value = Long.parseLong(text);
      return row.at(name).check(value >= 0, "range", "a count is not negative") ? value : -1;
    } catch (NumberFormatException e) {
      row.at(name).add("type", "'" + text + "' is not a whole number");
      return -1;
    }
  }
}
