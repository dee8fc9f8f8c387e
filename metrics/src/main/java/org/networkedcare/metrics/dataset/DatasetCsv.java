package org.networkedcare.metrics.dataset;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;

/**
 * Reads and writes the CSV form of a measure dataset: UTF-8, a header row naming the columns in any
 * order, RFC 4180 quoting (parsed by FastCSV). Problems are at {@code /lines/LINE/COLUMN}, LINE
 * counting from 1 for the header.
 */
final class DatasetCsv {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)");
  private static final int MAX_NUMBER_LENGTH = 100;
  private static final int MAX_EXPONENT = 100;

  private DatasetCsv() {}

  static MeasureDataset read(byte[] bytes, String source, NetworkDocument network) {
    DatasetAssembly assembly = new DatasetAssembly(network, source);
    Problems file = Problems.collector();
    if (bytes.length > MeasureDatasets.MAX_BYTES) {
      file.add(
          "dataset.too-large",
          "the file has "
              + bytes.length
              + " bytes; at most "
              + MeasureDatasets.MAX_BYTES
              + " are read");
      assembly.problems(file.list());
      return assembly.build();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      file.add("dataset.encoding", "the file is not valid UTF-8");
      assembly.problems(file.list());
      return assembly.build();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> header = null;
    int[] at = new int[RowRules.COLUMNS.size()];
    int rows = 0;
    long lastLine = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(true)
            .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        long line = record.getStartingLineNumber();
        lastLine = line;
        if (header == null) {
          header = new ArrayList<>();
          for (String f : record.getFields()) {
            header.add(f.strip());
          }
          List<Problem> problems = header(header, at, line);
          if (!problems.isEmpty()) {
            assembly.problems(problems);
            return assembly.build();
          }
          continue;
        }
        if (++rows > MeasureDatasets.MAX_ROWS) {
          assembly.problems(
              List.of(
                  new Problem(
                      "/lines/" + line,
                      "dataset.rows",
                      "more than "
                          + MeasureDatasets.MAX_ROWS
                          + " rows; at most "
                          + MeasureDatasets.MAX_ROWS
                          + " are read")));
          break;
        }
        Problems row = Problems.collector().at("lines").at((int) Math.min(line, Integer.MAX_VALUE));
        if (record.getFieldCount() != header.size()) {
          row.add(
              "dataset.fields",
              "the row has " + record.getFieldCount() + " fields; the header has " + header.size());
          assembly.problems(row.list());
          continue;
        }
        Set<String> unreadable = new HashSet<>();
        RawRow raw =
            new RawRow(
                cell(record, at[0]),
                cell(record, at[1]),
                cell(record, at[2]),
                cell(record, at[3]),
                cell(record, at[4]),
                number(cell(record, at[5]), RowRules.NUMERATOR, row, unreadable),
                number(cell(record, at[6]), RowRules.DENOMINATOR, row, unreadable),
                number(cell(record, at[7]), RowRules.VALUE, row, unreadable),
                unreadable);
        assembly.add(raw, row, "line " + line, source + ":" + line);
      }
    } catch (CsvParseException e) {
      // FastCSV's own message names its exception; the cause says what is wrong with the text
      Throwable t = e;
      while (t.getCause() != null && t.getCause() != t) {
        t = t.getCause();
      }
      assembly.problems(
          List.of(
              new Problem(
                  "",
                  "dataset.csv",
                  "malformed CSV after line " + lastLine + ": " + t.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      assembly.problems(
          List.of(new Problem("", "dataset.empty", "the file is empty: no header row")));
    }
    return assembly.build();
  }

  private static List<Problem> header(List<String> header, int[] at, long line) {
    List<Problem> problems = new ArrayList<>();
    java.util.Arrays.fill(at, -1);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      int known = RowRules.COLUMNS.indexOf(name);
      if (known < 0) {
        problems.add(
            new Problem(
                "/lines/" + line + Problem.token(name),
                "dataset.column-unknown",
                "'"
                    + name
                    + "' is not a column of the measure dataset: "
                    + String.join(", ", RowRules.COLUMNS)));
      } else if (at[known] >= 0) {
        problems.add(
            new Problem(
                "/lines/" + line + Problem.token(name),
                "dataset.column-duplicate",
                "the column '" + name + "' is given twice"));
      } else {
        at[known] = i;
      }
    }
    for (String required : List.of(RowRules.PERIOD, RowRules.ORGANISATION, RowRules.MEASURE)) {
      if (at[RowRules.COLUMNS.indexOf(required)] < 0) {
        problems.add(
            new Problem(
                "/lines/" + line + Problem.token(required),
                "dataset.column-missing",
                "the header has no '" + required + "' column"));
      }
    }
    if (at[RowRules.COLUMNS.indexOf(RowRules.VALUE)] < 0
        && at[RowRules.COLUMNS.indexOf(RowRules.NUMERATOR)] < 0) {
      problems.add(
          new Problem(
              "/lines/" + line + "/value",
              "dataset.column-missing",
              "the header has neither a 'value' column nor 'numerator' and 'denominator' columns"));
    }
    return problems;
  }

  private static String cell(CsvRecord record, int index) {
    return index < 0 ? "" : record.getField(index).strip();
  }

  /** A number cell: empty is absent; anything else is an exact decimal or a problem. */
  static Optional<BigDecimal> number(
      String text, String column, Problems row, Set<String> unreadable) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    if (NON_FINITE.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
      row.at(column).add("dataset.not-finite", "'" + shown + "' is not a finite number");
    } else if (text.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(text).matches()) {
      row.at(column)
          .add(
              "dataset.number",
              "'" + shown + "' is not a number (digits, an optional sign, point and exponent)");
    } else {
      BigDecimal v = new BigDecimal(text);
      int exponent = v.precision() - v.scale() - 1;
      if (v.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
        row.at(column)
            .add(
                "dataset.not-finite",
                "'"
                    + shown
                    + "' is beyond 10^"
                    + MAX_EXPONENT
                    + " in size; no figure needs one that size");
      } else {
        return Optional.of(v.signum() == 0 ? BigDecimal.ZERO : v);
      }
    }
    unreadable.add(column);
    return Optional.empty();
  }

  /**
   * The rows as CSV: the header in the format's order, LF line ends, quoted where RFC 4180 needs
   * it.
   */
  static String write(List<DatasetRow> rows) {
    StringBuilder out = new StringBuilder(64 * (rows.size() + 1));
    out.append(String.join(",", RowRules.COLUMNS)).append('\n');
    for (DatasetRow r : rows) {
      out.append(r.period())
          .append(',')
          .append(r.organisation())
          .append(',')
          .append(r.site().map(OdsCode::value).orElse(""))
          .append(',')
          .append(quote(r.service().orElse("")))
          .append(',')
          .append(quote(r.measure()))
          .append(',');
      if (r.figure().isRatio()) {
        out.append(r.figure().numerator().orElseThrow().toPlainString())
            .append(',')
            .append(r.figure().denominator().orElseThrow().toPlainString())
            .append(',');
      } else {
        out.append(",,").append(r.figure().value().toPlainString());
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }
}
