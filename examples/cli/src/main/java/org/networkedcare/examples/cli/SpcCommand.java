package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.spc.ChartType;
import org.networkedcare.metrics.spc.FacetResult;
import org.networkedcare.metrics.spc.RunsAnalysis;
import org.networkedcare.metrics.spc.SegmentSummary;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcCsv;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcResult;
import org.networkedcare.metrics.spc.SpcSeries;
import org.networkedcare.metrics.spc.SpecialCause;

/**
 * {@code networkedcare spc}: Making Data Count SPC charts of one CSV series or one per facet,
 * written as a points file and a summary file: XmR (the default) or, with {@code --chart}, the g,
 * t, p, p', u and u' charts.
 */
public final class SpcCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "spc",
          "Making Data Count SPC charts: XmR as NHSRplotthedots 0.2.2 computes "
              + "them, or with --chart the g and t charts for rare events and the p, "
              + "p', u and u' charts for varying denominators, with qicharts2 0.8.1's "
              + "limits and the same rules, icons and assurance. Warnings go to "
              + "standard error; the exit code stays 0.",
          SpcCommand::new,
          OptionSyntax.value("--input", "F.csv", "Input CSV with a header row.").required(),
          OptionSyntax.value("--date-column", "C", "Column of ISO dates (YYYY-MM-DD).").required(),
          OptionSyntax.value("--value-column", "C", "Column of values; empty or NA is missing."),
          OptionSyntax.value(
              "--numerator-column",
              "C",
              "Column of numerators (with --denominator-column: the value is their ratio)."),
          OptionSyntax.value(
              "--denominator-column",
              "C",
              "Column of denominators (positive); p, pp, u and up charts need both."),
          OptionSyntax.value(
                  "--filter",
                  "COLUMN=VALUE",
                  "Read only rows whose COLUMN is VALUE exactly (repeat: every filter must hold).")
              .repeatable(),
          OptionSyntax.value(
                  "--chart",
                  "xmr|g|t|p|pp|u|up",
                  "The chart: xmr, g, t, p, pp (p prime), u or up (u prime) (default: ${DEFAULT-VALUE}).")
              .byDefault("xmr"),
          OptionSyntax.value(
              "--facet-column", "C", "Column naming the facet: one chart per value."),
          OptionSyntax.value(
                  "--improvement",
                  "increase|decrease|neutral",
                  "Which direction of change is an improvement: increase, decrease or neutral (default: ${DEFAULT-VALUE}).")
              .byDefault("increase"),
          OptionSyntax.value("--target", "X|FACET=X", "One target, or a target per facet (repeat).")
              .repeatable(),
          OptionSyntax.value(
                  "--rebase",
                  "DATE|FACET=DATE",
                  "Rebase dates, for every facet or per facet (repeat).")
              .repeatable(),
          OptionSyntax.value(
              "--fix-after", "N", "Limits from the first N rows of each segment (N >= 12)."),
          OptionSyntax.flag(
              "--no-screening",
              "Do not screen large moving ranges (Making Data Count Excel limits)."),
          OptionSyntax.value("--points", "P.csv", "Output: one row per input row.").required(),
          OptionSyntax.value("--summary", "S.csv", "Output: one row per facet and segment.")
              .required());

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:NaN|Inf|Infinity)");

  private final Arguments args;
  private final Path input;
  private final String dateColumn;
  private final @Nullable String valueColumn;
  private final @Nullable String numeratorColumn;
  private final @Nullable String denominatorColumn;
  private final List<String> filters;
  private final String chart;
  private final @Nullable String facetColumn;
  private final String improvement;
  private final List<String> targets;
  private final List<String> rebases;
  private final @Nullable Integer fixAfter;
  private final boolean noScreening;
  private final Path points;
  private final Path summary;

  private SpcCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.dateColumn = args.string("--date-column");
    this.valueColumn = args.optionalString("--value-column").orElse(null);
    this.numeratorColumn = args.optionalString("--numerator-column").orElse(null);
    this.denominatorColumn = args.optionalString("--denominator-column").orElse(null);
    this.filters = args.strings("--filter");
    this.chart = args.string("--chart");
    this.facetColumn = args.optionalString("--facet-column").orElse(null);
    this.improvement = args.string("--improvement");
    this.targets = args.strings("--target");
    this.rebases = args.strings("--rebase");
    this.fixAfter = args.optionalInteger("--fix-after").orElse(null);
    this.noScreening = args.flag("--no-screening");
    this.points = args.path("--points");
    this.summary = args.path("--summary");
  }

  @Override
  public Integer call() {
    SpcCsv.Columns columns = columns();
    SpcOptions options = options();
    Feedback.checkHeap(
        MEMORY_PER_INPUT_BYTE * Math.max(0, sizeOf(input)),
        "the rows of " + input + " (" + Feedback.size(Math.max(0, sizeOf(input))) + ")");
    List<SpcSeries> series = read(columns);
    SpcResult result;
    try {
      result = Spc.analyse(series, options);
    } catch (ValidationException e) {
      throw InputException.of(e, "");
    }
    Feedback feedback = Feedback.of(args);
    long count = points(result);
    long names = 0;
    for (FacetResult facet : result.facets()) {
      names += (long) facet.facet().length() * (facet.size() + facet.segments().size());
    }
    // about 100 characters a point and 150 a segment besides the facet's name
    Feedback.checkDisk(names + 100 * count + 150L * segments(result) + 4096, points);
    Feedback.Progress written =
        feedback.progress("writing " + points.getFileName(), "points", count);
    Map<Path, Outputs.FileBody> files = new LinkedHashMap<>();
    files.put(points, w -> writePoints(result, w, written));
    files.put(summary, w -> writeSummary(result, w));
    Outputs.files(files);
    written.end();
    feedback.wrote(
        result.facets().size() + " facets, " + count + " points", List.of(points, summary));
    PrintWriter err = args.err();
    for (String warning : result.warnings()) {
      err.println("networkedcare spc: warning: " + warning);
    }
    return 0;
  }

  private SpcCsv.Columns columns() {
    ChartType type = chartType();
    if (numeratorColumn != null ^ denominatorColumn != null) {
      throw usage("options --numerator-column and --denominator-column go together");
    }
    boolean ratio = numeratorColumn != null;
    if (ratio == (valueColumn != null)) {
      throw usage(
          ratio
              ? "give --value-column or --numerator-column with --denominator-column, not both"
              : "give --value-column, or --numerator-column with --denominator-column");
    }
    if (type.needsDenominators() && !ratio) {
      throw usage("chart " + type + " needs --numerator-column and --denominator-column");
    }
    if (ratio && !type.needsDenominators() && type != ChartType.XMR) {
      throw usage(
          "chart "
              + type
              + " takes --value-column (the "
              + (type == ChartType.G ? "opportunities" : "time")
              + " between events), not a numerator and denominator");
    }
    SpcCsv.Columns.Builder builder = SpcCsv.Columns.builder(dateColumn);
    if (numeratorColumn != null && denominatorColumn != null) {
      builder.ratio(numeratorColumn, denominatorColumn);
    } else if (valueColumn != null) {
      builder.value(valueColumn);
    }
    if (facetColumn != null) {
      builder.facet(facetColumn);
    }
    Inputs.filters(args, filters).forEach(f -> builder.filter(f.getKey(), f.getValue()));
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw usage(String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
    }
  }

  private ChartType chartType() {
    return Optional.ofNullable(ChartType.byCode().get(chart))
        .orElseThrow(
            () -> usage("option --chart: '" + chart + "' is not xmr, g, t, p, pp, u or up"));
  }

  private SpcOptions options() {
    SpcOptions.Builder builder = SpcOptions.builder();
    builder.chart(chartType());
    builder.improvement(
        Optional.ofNullable(ImprovementDirection.byId().get(improvement))
            .orElseThrow(
                () ->
                    usage(
                        "option --improvement: '"
                            + improvement
                            + "' is not increase, decrease or neutral")));
    boolean faceted = facetColumn != null;
    boolean bareTarget = false;
    boolean pairTarget = false;
    for (String text : targets) {
      int eq = text.lastIndexOf('=');
      if (eq < 0) {
        if (bareTarget) {
          throw usage("option --target: one bare target only (got a second: '" + text + "')");
        }
        bareTarget = true;
        builder.target(number(text));
      } else {
        pairTarget = true;
        builder.target(text.substring(0, eq), number(text.substring(eq + 1)));
      }
    }
    if (bareTarget && pairTarget) {
      throw usage("option --target: give one bare target X or FACET=X pairs, not both");
    }
    if (pairTarget && !faceted) {
      throw new InputException(
          "option --target names a facet, but there is no --facet-column: no facet has data");
    }
    boolean bareRebase = false;
    boolean pairRebase = false;
    for (String text : rebases) {
      int eq = text.lastIndexOf('=');
      if (eq < 0) {
        bareRebase = true;
        builder.rebase(date(text));
      } else {
        pairRebase = true;
        builder.rebase(text.substring(0, eq), date(text.substring(eq + 1)));
      }
    }
    if (bareRebase && pairRebase) {
      throw usage("option --rebase: give dates for every facet or FACET=DATE pairs, not both");
    }
    if (pairRebase && !faceted) {
      throw new InputException(
          "option --rebase names a facet, but there is no --facet-column: no facet has data");
    }
    if (fixAfter != null) {
      if (fixAfter < SpcOptions.MIN_FIX_AFTER) {
        throw usage("option --fix-after: " + fixAfter + " is below " + SpcOptions.MIN_FIX_AFTER);
      }
      builder.fixAfter(fixAfter);
    }
    builder.screening(!noScreening);
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw InputException.of(e, "");
    }
  }

  private double number(String text) {
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
    }
    if (NON_FINITE.matcher(t).matches() || NUMBER.matcher(t).matches()) {
      throw new InputException("option --target: '" + text + "' is not a finite number");
    }
    throw usage("option --target: '" + text + "' is not a number");
  }

  private LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw usage("option --rebase: '" + text + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  private UsageException usage(String message) {
    return args.usage(message);
  }

  private List<SpcSeries> read(SpcCsv.Columns columns) {
    return Inputs.text(input, reader -> SpcCsv.read(reader, columns));
  }

  /**
   * Memory per byte of input CSV, an upper bound measured on the 10,000 x 60 series (16 MB of CSV,
   * about 40 MB live at the peak) with room to spare: values, dates and the charts' arrays.
   */
  private static final long MEMORY_PER_INPUT_BYTE = 4;

  private static long sizeOf(Path file) {
    try {
      return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long segments(SpcResult result) {
    long n = 0;
    for (FacetResult facet : result.facets()) {
      n += facet.segments().size();
    }
    return n;
  }

  private static long points(SpcResult result) {
    long n = 0;
    for (FacetResult facet : result.facets()) {
      n += facet.size();
    }
    return n;
  }

  private static void writePoints(SpcResult result, Writer w, Feedback.Progress written)
      throws IOException {
    CsvTable out =
        CsvTable.start(
            w,
            "facet",
            "date",
            "value",
            "segment",
            "mean",
            "lower_limit",
            "upper_limit",
            "special_cause",
            "point_type");
    Map<LocalDate, String> dates = new HashMap<>();
    Repeated mean = new Repeated();
    Repeated lower = new Repeated();
    Repeated upper = new Repeated();
    for (FacetResult facet : result.facets()) {
      String name = facet.facet();
      for (int i = 0, n = facet.size(); i < n; i++) {
        Optional<SpecialCause> cause = facet.specialCause(i);
        out.text(name)
            .text(dates.computeIfAbsent(facet.date(i), LocalDate::toString))
            .number(Numbers.format(facet.valueOrNaN(i)))
            .number(facet.segment(i))
            .number(mean.format(facet.meanOrNaN(i)))
            .number(lower.format(facet.lowerLimitOrNaN(i)))
            .number(upper.format(facet.upperLimitOrNaN(i)))
            .text(cause.isPresent() ? cause.get().code() : "")
            .text(facet.pointType(i).code())
            .end();
      }
      written.accept(facet.size());
    }
  }

  /**
   * One column's numbers, formatted once while a value repeats: a segment's mean and limits are the
   * same on each of its points. Not thread-safe.
   */
  private static final class Repeated {
    private double last = Double.NaN;
    private String text = "";

    String format(double d) {
      if (Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(last)) {
        last = d;
        text = Numbers.format(d);
      }
      return text;
    }
  }

  /** The summary columns of every chart; charts other than xmr add {@link #RUNS_COLUMNS}. */
  private static final List<String> SUMMARY_COLUMNS =
      List.of(
          "facet",
          "segment",
          "n",
          "mean",
          "lower_limit",
          "upper_limit",
          "special_cause_improvement",
          "special_cause_concern",
          "last_point_type",
          "variation_icon",
          "assurance");

  /** Laney's sigma-z and qicharts2's runs analysis, after the summary columns of other charts. */
  private static final List<String> RUNS_COLUMNS =
      List.of(
          "sigma_z",
          "useful_points",
          "longest_run",
          "longest_run_max",
          "crossings",
          "crossings_min",
          "runs_signal");

  private void writeSummary(SpcResult result, Writer w) throws IOException {
    boolean xmr = chartType() == ChartType.XMR;
    List<String> header = new ArrayList<>(SUMMARY_COLUMNS);
    if (!xmr) {
      header.addAll(RUNS_COLUMNS);
    }
    CsvTable out = CsvTable.start(w, header);
    for (FacetResult facet : result.facets()) {
      for (SegmentSummary s : facet.segments()) {
        out.text(facet.facet())
            .number(s.segment())
            .number(s.n())
            .number(Numbers.format(s.mean()))
            .number(Numbers.format(s.lowerLimit()))
            .number(Numbers.format(s.upperLimit()))
            .number(s.improvement())
            .number(s.concern())
            .text(s.lastPointType().code())
            .text(s.variationIcon().map(i -> i.code()).orElse(""))
            .text(s.assurance().map(a -> a.code()).orElse(""));
        if (!xmr) {
          RunsAnalysis runs = s.runs();
          boolean any = runs.usefulPoints() > 0;
          out.number(Numbers.format(s.sigmaZ()))
              .number(runs.usefulPoints())
              .number(any ? Integer.toString(runs.longestRun()) : "")
              .number(any ? Integer.toString(runs.longestRunLimit()) : "")
              .number(any ? Integer.toString(runs.crossings()) : "")
              .number(any ? Integer.toString(runs.crossingsMinimum()) : "")
              .text(Boolean.toString(runs.signal()));
        }
        out.end();
      }
    }
  }
}
