package org.networkedcare.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.input.CsvCells;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;
import org.networkedcare.metrics.uncertainty.WtpGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare cea}: cost-effectiveness outputs of PSA draws (or of one deterministic row).
 * Writes icers.csv (frontier ICERs, dampack semantics), acceptability.csv (CEAC, expected NMB,
 * frontier), evpi.csv and, with {@code --reference}, pairwise.csv (BCEA semantics).
 */
@Command(
    name = "cea",
    mixinStandardHelpOptions = true,
    description = {
      "Cost-effectiveness of options from PSA draws: frontier ICERs, pairwise ICERs against a reference,",
      "the acceptability curve and frontier, expected net monetary benefit and EVPI."
    })
final class CeaCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--costs",
      required = true,
      paramLabel = "C.csv",
      description = "One column per option (header = option names, in order), one row per draw.")
  private Path costs;

  @Option(
      names = "--effects",
      required = true,
      paramLabel = "E.csv",
      description = "Effects, the same options in the same order, as many rows as the costs.")
  private Path effects;

  @Option(
      names = "--wtp",
      required = true,
      paramLabel = "FROM:TO:STEP|V",
      description =
          "Willingness to pay: a grid FROM:TO:STEP including both ends, or one value; repeatable.")
  private List<String> wtp;

  @Option(
      names = "--reference",
      paramLabel = "OPTION",
      description =
          "Also write pairwise.csv: this option minus each other option (BCEA semantics).")
  private String reference;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Output directory, created if need be.")
  private Path output;

  CeaCommand() {}

  @Override
  public Integer call() {
    Matrix c = read(costs, "costs");
    Matrix e = read(effects, "effects");
    if (!c.options.equals(e.options)) {
      throw new InputException(
          effects
              + ": options "
              + String.join(",", e.options)
              + " differ from the costs' "
              + String.join(",", c.options)
              + " (same names in the same order needed)");
    }
    if (c.rows.size() != e.rows.size()) {
      throw new InputException(
          effects + ": " + e.rows.size() + " draws, but " + costs + " has " + c.rows.size());
    }
    WtpGrid grid = oneLine(() -> grid(wtp));
    CostEffectivenessSample sample =
        oneLine(
            () ->
                CostEffectivenessSample.of(
                    c.options, c.rows.toArray(double[][]::new), e.rows.toArray(double[][]::new)));
    PairwiseIcers pairwise =
        reference == null ? null : oneLine(() -> PairwiseIcers.against(sample, reference));
    FrontierIcers frontier = FrontierIcers.of(sample);
    Acceptability acceptability = Acceptability.of(sample, grid);
    Outputs.folder(
        output,
        out -> {
          CeaWriter.writeIcers(frontier, out.writer("icers.csv"));
          CeaWriter.writeAcceptability(acceptability, out.writer("acceptability.csv"));
          CeaWriter.writeEvpi(acceptability, out.writer("evpi.csv"));
          if (pairwise != null) {
            CeaWriter.writePairwise(pairwise, out.writer("pairwise.csv"));
          }
        });
    Feedback.of(spec)
        .wrote(
            sample.draws()
                + " draws of "
                + sample.options().size()
                + " options, "
                + grid.size()
                + " willingness-to-pay values",
            List.of(output));
    return 0;
  }

  /** Runs a step and turns its problems into one line. */
  private static <T> T oneLine(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (ValidationException ex) {
      throw new InputException(
          ex.problems().stream().map(Object::toString).collect(Collectors.joining("; ")), ex);
    }
  }

  /** The grid from the --wtp values, in the order given, repeated values dropped. */
  static WtpGrid grid(List<String> specs) {
    Set<Double> values = new LinkedHashSet<>();
    for (String spec : specs) {
      String[] parts = spec.split(":", -1);
      if (parts.length == 3) {
        double from = number(parts[0], "--wtp " + spec + ": FROM");
        double to = number(parts[1], "--wtp " + spec + ": TO");
        double step = number(parts[2], "--wtp " + spec + ": STEP");
        WtpGrid range;
        try {
          range = WtpGrid.range(from, to, step);
        } catch (ValidationException ex) {
          throw new InputException("--wtp " + spec + ": " + ex.problems().get(0).message(), ex);
        }
        for (double v : range.toArray()) {
          values.add(v);
        }
      } else if (parts.length == 1) {
        values.add(number(spec, "--wtp " + spec) + 0.0);
      } else {
        throw new InputException("--wtp " + spec + ": expected FROM:TO:STEP or one number");
      }
    }
    return WtpGrid.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double number(String text, String where) {
    String t = text.strip();
    if (!CsvCells.isDecimal(
        t)) { // digits with an optional point, optional exponent; no NaN, Infinity or hex
      throw new InputException(where + ": '" + text + "' is not a number");
    }
    double v = Double.parseDouble(t);
    if (!Double.isFinite(v)) {
      throw new InputException(where + ": '" + text + "' is too large");
    }
    return v;
  }

  /**
   * A draw's number, as {@link #number} reads it; the place is put into words only for a problem.
   */
  private static double cell(String text, String file, long line, String option) {
    String t = text.strip();
    if (CsvCells.isDecimal(t)) {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    return number(text, file + " line " + line + ", " + option);
  }

  /** Option names and rows of numbers. */
  record Matrix(List<String> options, List<double[]> rows) {}

  private static Matrix read(Path file, String what) {
    try (Reader in =
        new BufferedReader(
            BoundedInput.utf8(Files.newInputStream(file), BoundedInput.MAX_CSV_BYTES), 1 << 16)) {
      return read(in, file.toString(), what);
    } catch (NoSuchFileException ex) {
      throw new InputException(file + ": no such file", ex);
    } catch (IOException ex) {
      throw new InputException(file + ": " + Inputs.cannotRead(ex), ex);
    }
  }

  /**
   * Reads a matrix of draws (a header of option names, a row of numbers per draw); problems name
   * {@code file}.
   */
  static Matrix read(Reader in, String file, String what) {
    List<String> options = null;
    List<double[]> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(
                CsvRecordHandler.builder()
                    .maxFields(BoundedInput.MAX_CSV_CELLS)
                    .maxFieldSize(BoundedInput.MAX_CSV_CELL_CHARS)
                    .maxRecordSize(BoundedInput.MAX_CSV_ROW_CHARS)
                    .build(),
                BoundedInput.withoutByteOrderMark(in))) {
      for (CsvRecord record : reader) {
        long line = record.getStartingLineNumber();
        if (rows.size() >= BoundedInput.MAX_CSV_ROWS) {
          throw new InputException(
              file
                  + " line "
                  + line
                  + ": more than "
                  + BoundedInput.MAX_CSV_ROWS
                  + " draws; at most "
                  + BoundedInput.MAX_CSV_ROWS
                  + " are read");
        }
        if (options == null) {
          options = new ArrayList<>();
          for (String name : record.getFields()) {
            String n = name.strip();
            if (n.isEmpty()) {
              throw new InputException(
                  file
                      + " line "
                      + line
                      + ": an option name (column "
                      + (options.size() + 1)
                      + ") is empty");
            }
            if (options.contains(n)) {
              throw new InputException(
                  file + " line " + line + ": option '" + n + "' appears twice in the header");
            }
            options.add(n);
          }
          continue;
        }
        if (record.getFieldCount() != options.size()) {
          throw new InputException(
              file
                  + " line "
                  + line
                  + ": "
                  + record.getFieldCount()
                  + " cells, but the header names "
                  + options.size()
                  + " options");
        }
        double[] row = new double[options.size()];
        for (int j = 0; j < row.length; j++) {
          row[j] = cell(record.getField(j), file, line, options.get(j));
        }
        rows.add(row);
      }
    } catch (IOException | UncheckedIOException ex) {
      throw new InputException(file + ": " + Inputs.cannotRead(ex), ex);
    } catch (CsvParseException ex) {
      Throwable t = ex;
      while (t.getCause() != null && t.getCause() != t) {
        t = t.getCause();
      }
      throw new InputException(file + ": not valid CSV (" + t.getMessage() + ")", ex);
    } catch (ValidationException ex) {
      throw InputException.of(ex, file + ": ");
    }
    if (options == null) {
      throw new InputException(
          file + ": empty; expected a header of option names and one row per draw");
    }
    if (rows.isEmpty()) {
      throw new InputException(file + ": no rows of " + what + " after the header");
    }
    return new Matrix(options, rows);
  }
}
