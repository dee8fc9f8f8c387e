package org.networkedcare.examples.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.input.CsvCells;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.CostEffectivenessTally;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * {@code networkedcare cea}: cost-effectiveness outputs of PSA draws (or of one deterministic row).
 * Writes icers.csv (frontier ICERs, dampack semantics), acceptability.csv (CEAC, expected NMB,
 * frontier), evpi.csv and, with {@code --reference}, pairwise.csv (BCEA semantics).
 */
final class CeaCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "cea",
          "Cost-effectiveness of options from PSA draws: frontier ICERs, pairwise "
              + "ICERs against a reference, the acceptability curve and frontier, "
              + "expected net monetary benefit and EVPI.",
          CeaCommand::new,
          OptionSyntax.value(
                  "--costs",
                  "C.csv",
                  "One column per option (header = option names, in order), one row per draw.")
              .required(),
          OptionSyntax.value(
                  "--effects",
                  "E.csv",
                  "Effects, the same options in the same order, as many rows as the costs.")
              .required(),
          OptionSyntax.value(
                  "--wtp",
                  "FROM:TO:STEP|V",
                  "Willingness to pay: a grid FROM:TO:STEP including both ends, or one value; repeatable.")
              .required()
              .repeatable(),
          OptionSyntax.value(
              "--reference",
              "OPTION",
              "Also write pairwise.csv: this option minus each other option (BCEA semantics)."),
          OptionSyntax.value("--output", "DIR", "Output directory, created if need be.")
              .required());

  private final Arguments args;
  private final Path costs;
  private final Path effects;
  private final List<String> wtp;
  private final @Nullable String reference;
  private final Path output;

  private CeaCommand(Arguments args) {
    this.args = args;
    this.costs = args.path("--costs");
    this.effects = args.path("--effects");
    this.wtp = args.strings("--wtp");
    this.reference = args.optionalString("--reference").orElse(null);
    this.output = args.path("--output");
  }

  @Override
  public Integer call() {
    Feedback feedback = Feedback.of(args);
    long size = sizeOf(costs);
    Feedback.Progress reading = feedback.progress("reading " + costs.getFileName(), "bytes", size);
    Result result;
    try (Draws c = Draws.open(costs, "costs");
        Draws e = openLater(effects)) {
      result = tally(c, e, reading);
    }
    reading.end();
    Outputs.folder(
        output,
        out -> {
          CeaWriter.writeIcers(result.outputs.frontier(), out.writer("icers.csv"));
          CeaWriter.writeAcceptability(
              result.outputs.acceptability(), out.writer("acceptability.csv"));
          CeaWriter.writeEvpi(result.outputs.acceptability(), out.writer("evpi.csv"));
          if (result.outputs.pairwise().isPresent()) {
            CeaWriter.writePairwise(result.outputs.pairwise().get(), out.writer("pairwise.csv"));
          }
        });
    feedback.wrote(
        result.draws
            + " draws of "
            + result.options
            + " options, "
            + result.outputs.acceptability().grid().size()
            + " willingness-to-pay values",
        List.of(output));
    return 0;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException ex) {
      return 0;
    }
  }

  /** The effects file, or the problem of opening it, for when the costs have none. */
  private static Draws openLater(Path file) {
    try {
      return Draws.open(file, "effects");
    } catch (InputException ex) {
      return new Draws(new StringReader(""), file.toString(), "effects", Optional.of(ex));
    }
  }

  private record Result(CostEffectivenessTally.Result outputs, int draws, int options) {}

  /**
   * Reads both files in step, draw by draw, folding each draw into the tally, so that memory does
   * not grow with the draws. The problems are reported as if the costs were read whole before the
   * effects: a problem of the costs first, then of the effects, then a difference of options or
   * rows, then the --wtp values, then the draws' values and the reference.
   */
  private Result tally(Draws c, Draws e, Feedback.Progress reading) {
    List<String> options = c.options();
    InputException later = null;
    List<String> effectOptions = List.of();
    try {
      effectOptions = e.options();
    } catch (InputException ex) {
      later = ex;
    }
    WtpGrid grid = null;
    InputException badGrid = null;
    try {
      grid = oneLine(() -> grid(wtp));
    } catch (InputException ex) {
      badGrid = ex;
    }
    boolean same = later == null && options.equals(effectOptions);
    WtpGrid values = grid;
    if (same && values != null) {
      preflight(values, options);
    }
    CostEffectivenessTally tally =
        same && values != null
            ? oneLine(
                () -> CostEffectivenessTally.of(options, values, Optional.ofNullable(reference)))
            : null;
    double[] cr = new double[options.size()];
    double[] er = new double[later == null ? effectOptions.size() : 0];
    boolean effectsLeft = later == null;
    long readBefore = 0;
    while (true) {
      boolean costLeft = c.next(cr);
      if (effectsLeft) {
        try {
          effectsLeft = e.next(er);
        } catch (InputException ex) {
          later = ex;
          effectsLeft = false;
          tally = null;
        }
      }
      if (!costLeft && !effectsLeft) {
        break;
      }
      if (costLeft && effectsLeft) {
        if (tally != null) {
          tally.add(cr, er);
        }
      } else {
        tally = null;
      }
      if ((c.rows() & 4095) == 0) {
        long read = c.charsRead();
        reading.accept(read - readBefore);
        readBefore = read;
      }
    }
    if (later != null) {
      throw later;
    }
    if (!same) {
      throw new InputException(
          effects
              + ": options "
              + String.join(",", effectOptions)
              + " differ from the costs' "
              + String.join(",", options)
              + " (same names in the same order needed)");
    }
    if (c.rows() != e.rows()) {
      throw new InputException(
          effects + ": " + e.rows() + " draws, but " + costs + " has " + c.rows());
    }
    if (badGrid != null) {
      throw badGrid;
    }
    CostEffectivenessTally done = java.util.Objects.requireNonNull(tally);
    return new Result(oneLine(done::finish), c.rows(), options.size());
  }

  /**
   * Refuses, before the draws are read, outputs that would not fit in the heap or on the disk: the
   * acceptability outputs hold about 40 bytes for each willingness-to-pay value and option (counts,
   * sums and expected NMBs; the draws themselves are not kept), and acceptability.csv takes about
   * 60 characters and the option's name for each.
   */
  private void preflight(WtpGrid grid, List<String> options) {
    long cells = (long) grid.size() * options.size();
    Feedback.checkHeap(
        40 * cells + 48L * grid.size(),
        "the acceptability outputs of "
            + grid.size()
            + " willingness-to-pay values and "
            + options.size()
            + " options");
    long names = 0;
    for (String o : options) {
      names += o.length();
    }
    Feedback.checkDisk(
        (60 * cells + names * grid.size()) + 40L * grid.size() + 200L * options.size() + 4096,
        output);
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
      double v = CsvCells.decimal(t);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    return number(text, file + " line " + line + ", " + option);
  }

  /** Option names and rows of numbers. */
  record Matrix(List<String> options, List<double[]> rows) {}

  /**
   * Reads a matrix of draws (a header of option names, a row of numbers per draw); problems name
   * {@code file}.
   */
  static Matrix read(Reader in, String file, String what) {
    Draws draws = new Draws(in, file, what);
    List<String> options = draws.options();
    List<double[]> rows = new ArrayList<>();
    double[] row = new double[options.size()];
    while (draws.next(row)) {
      rows.add(row.clone());
    }
    return new Matrix(options, rows);
  }

  /**
   * A file of draws read one row at a time (a header of option names, a row of numbers per draw),
   * with every problem one line naming the file and line. Not thread-safe.
   */
  static final class Draws implements AutoCloseable {
    private final Counted source;
    private final String file;
    private final String what;
    private final Optional<InputException> unopened;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private List<String> options = List.of();
    private boolean started;
    private int rows;

    Draws(Reader in, String file, String what) {
      this(in, file, what, Optional.empty());
    }

    /** A reader whose file could not be opened: {@link #options()} throws the problem. */
    Draws(Reader in, String file, String what, Optional<InputException> unopened) {
      this.source = new Counted(in);
      this.file = file;
      this.what = what;
      this.unopened = unopened;
      this.reader =
          CsvReader.builder()
              .allowExtraFields(true)
              .allowMissingFields(true)
              .build(
                  CsvRecordHandler.builder()
                      .maxFields(BoundedInput.MAX_CSV_CELLS)
                      .maxFieldSize(BoundedInput.MAX_CSV_CELL_CHARS)
                      .maxRecordSize(BoundedInput.MAX_CSV_ROW_CHARS)
                      .build(),
                  BoundedInput.withoutByteOrderMark(source));
      this.records = reader.iterator();
    }

    /** {@return the reader of a file} A missing file is one line. */
    static Draws open(Path file, String what) {
      try {
        return new Draws(
            new BufferedReader(
                BoundedInput.utf8(Files.newInputStream(file), BoundedInput.MAX_CSV_BYTES), 1 << 16),
            file.toString(),
            what);
      } catch (NoSuchFileException ex) {
        throw new InputException(file + ": no such file", ex);
      } catch (IOException ex) {
        throw new InputException(file + ": " + Inputs.cannotRead(ex), ex);
      }
    }

    /** {@return the next record, or null at the end} Problems are one line. */
    private @Nullable CsvRecord record() {
      try {
        return records.hasNext() ? records.next() : null;
      } catch (UncheckedIOException ex) {
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
    }

    /** {@return the option names of the header} */
    List<String> options() {
      if (started) {
        return options;
      }
      started = true;
      if (unopened.isPresent()) {
        throw unopened.get();
      }
      CsvRecord record = record();
      if (record == null) {
        throw new InputException(
            file + ": empty; expected a header of option names and one row per draw");
      }
      long line = record.getStartingLineNumber();
      List<String> names = new ArrayList<>();
      for (String name : record.getFields()) {
        String n = name.strip();
        if (n.isEmpty()) {
          throw new InputException(
              file
                  + " line "
                  + line
                  + ": an option name (column "
                  + (names.size() + 1)
                  + ") is empty");
        }
        if (names.contains(n)) {
          throw new InputException(
              file + " line " + line + ": option '" + n + "' appears twice in the header");
        }
        names.add(n);
      }
      options = List.copyOf(names);
      return options;
    }

    /**
     * Reads the next draw into {@code row} (as long as the header).
     *
     * @return false at the end of the file (after at least one draw)
     */
    boolean next(double[] row) {
      options();
      CsvRecord record = record();
      if (record == null) {
        if (rows == 0) {
          throw new InputException(file + ": no rows of " + what + " after the header");
        }
        return false;
      }
      long line = record.getStartingLineNumber();
      if (rows >= BoundedInput.MAX_CSV_ROWS) {
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
      for (int j = 0; j < row.length; j++) {
        row[j] = cell(record.getField(j), file, line, options.get(j));
      }
      rows++;
      return true;
    }

    /** {@return the draws read so far} */
    int rows() {
      return rows;
    }

    /** {@return the characters read from the file so far (bytes, for ASCII)} */
    long charsRead() {
      return source.count;
    }

    @Override
    public void close() {
      try {
        reader.close();
        source.close();
      } catch (IOException ex) {
        // read to the end or given up on: nothing is lost
      }
    }
  }

  /** A reader that counts the characters read through it. */
  private static final class Counted extends FilterReader {
    long count;

    Counted(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
