package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelCsv;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.FunnelSvg;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.LimitMethod;
import org.networkedcare.metrics.funnel.Overdispersion;
import org.networkedcare.metrics.funnel.RatioMethod;
import org.networkedcare.metrics.funnel.SiteCount;

/**
 * {@code networkedcare funnel}: a funnel plot of sites (Spiegelhalter 2005, as FunnelPlotR 0.6.0),
 * written as {@code sites.csv}, {@code parameters.csv} and {@code funnel.svg} in a directory.
 */
public final class FunnelCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "funnel",
          "Funnel plot: each site against control limits at its denominator, with "
              + "over-dispersion (phi, tau2) handled as FunnelPlotR 0.6.0 does. Writes "
              + "DIR/sites.csv, DIR/parameters.csv and DIR/funnel.svg.",
          FunnelCommand::new,
          OptionSyntax.value("--input", "F.csv", "Input CSV with a header row.").required(),
          OptionSyntax.value("--site-column", "C", "Column naming the site.").required(),
          OptionSyntax.value("--numerator-column", "C", "Column of numerators.").required(),
          OptionSyntax.value("--denominator-column", "C", "Column of denominators.").required(),
          OptionSyntax.value(
                  "--filter",
                  "COLUMN=VALUE",
                  "Read only rows whose COLUMN is VALUE exactly, such as one period of a long table (repeat: every filter must hold).")
              .repeatable(),
          OptionSyntax.value(
                  "--type",
                  "proportion|ratio|count-ratio|rate",
                  "The indicator: proportion, ratio, count-ratio or rate (default: ${DEFAULT-VALUE}).")
              .byDefault("proportion"),
          OptionSyntax.value(
                  "--sr-method",
                  "shmi|cqc",
                  "The standardised-ratio method for --type ratio: shmi or cqc (default: ${DEFAULT-VALUE}).")
              .byDefault("shmi"),
          OptionSyntax.value(
              "--limits",
              "exact|normal",
              "The unadjusted limits: exact or normal (default: exact for ratio, normal otherwise)."),
          OptionSyntax.value("--target", "X", "Target (default: pooled, or 1 for ratio)."),
          OptionSyntax.value(
                  "--overdispersion",
                  "none|multiplicative|additive|auto",
                  "The over-dispersion adjustment: none, multiplicative, additive or auto (default: ${DEFAULT-VALUE}).")
              .byDefault("auto"),
          OptionSyntax.value(
                  "--trim",
                  "T",
                  "The share of sites (a fraction, 0.1 is 10%) trimmed at each end before phi is estimated (default: ${DEFAULT-VALUE}).")
              .byDefault("0.1"),
          OptionSyntax.value("--title", "TEXT", "Chart title (default: numerator / denominator)."),
          OptionSyntax.value("--output", "DIR", "Output directory, created if need be.")
              .required());

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final Arguments args;
  private final Path input;
  private final String siteColumn;
  private final String numeratorColumn;
  private final String denominatorColumn;
  private final List<String> filters;
  private final String type;
  private final String srMethod;
  private final @Nullable String limits;
  private final @Nullable String target;
  private final String overdispersion;
  private final String trim;
  private final @Nullable String title;
  private final Path output;

  private FunnelCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.siteColumn = args.string("--site-column");
    this.numeratorColumn = args.string("--numerator-column");
    this.denominatorColumn = args.string("--denominator-column");
    this.filters = args.strings("--filter");
    this.type = args.string("--type");
    this.srMethod = args.string("--sr-method");
    this.limits = args.optionalString("--limits").orElse(null);
    this.target = args.optionalString("--target").orElse(null);
    this.overdispersion = args.string("--overdispersion");
    this.trim = args.string("--trim");
    this.title = args.optionalString("--title").orElse(null);
    this.output = args.path("--output");
  }

  @Override
  public Integer call() {
    FunnelOptions options = options();
    List<SiteCount> rows = read();
    FunnelResult result;
    try {
      result = Funnel.analyse(rows, options);
    } catch (ValidationException e) {
      throw InputException.of(e, "");
    }
    String chartTitle =
        title != null ? title : "Funnel plot: " + numeratorColumn + " / " + denominatorColumn;
    String svg =
        FunnelSvg.render(
            result, chartTitle, denominatorColumn, numeratorColumn + " / " + denominatorColumn);
    Feedback feedback = Feedback.of(args);
    long names = 0;
    for (SiteCount row : rows) {
      names += row.site().length();
    }
    // sites.csv about 200 characters a site besides its name; the SVG as made (up to 3 bytes a
    // char)
    Feedback.checkDisk(names + 200L * result.sites().size() + 3L * svg.length() + 4096, output);
    Feedback.Progress written =
        feedback.progress("writing sites.csv", "sites", result.sites().size());
    Outputs.folder(
        output,
        out -> {
          writeSites(result, out.writer("sites.csv"), written);
          writeParameters(result, out.writer("parameters.csv"));
          out.write("funnel.svg", svg);
        });
    written.end();
    feedback.wrote(result.sites().size() + " sites", List.of(output));
    return 0;
  }

  private FunnelOptions options() {
    FunnelOptions.Builder b = FunnelOptions.builder();
    b.type(choice("--type", type, IndicatorType.byId()));
    b.ratioMethod(choice("--sr-method", srMethod, RatioMethod.byId()));
    if (limits != null) {
      b.limits(choice("--limits", limits, LimitMethod.byId()));
    }
    if (target != null) {
      b.target(number("--target", target));
    }
    b.overdispersion(choice("--overdispersion", overdispersion, Overdispersion.byId()));
    b.trim(number("--trim", trim));
    try {
      return b.build();
    } catch (ValidationException e) {
      throw InputException.of(e, "");
    }
  }

  private <T> T choice(String option, String text, Map<String, T> byId) {
    T value = byId.get(text);
    if (value == null) {
      throw args.usage(
          "option "
              + option
              + ": '"
              + text
              + "' is not one of "
              + String.join(", ", byId.keySet()));
    }
    return value;
  }

  private double number(String option, String text) {
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      double v = Double.parseDouble(t);
      if (Double.isFinite(v)) {
        return v;
      }
      throw new InputException("option " + option + ": '" + text + "' is not a finite number");
    }
    throw args.usage("option " + option + ": '" + text + "' is not a number");
  }

  private List<SiteCount> read() {
    List<Map.Entry<String, String>> rowFilters = Inputs.filters(args, filters);
    return Inputs.text(
        input,
        reader ->
            FunnelCsv.read(reader, siteColumn, numeratorColumn, denominatorColumn, rowFilters));
  }

  /** Sites written between two reports of progress. */
  private static final int PROGRESS_STEP = 1024;

  private static void writeSites(FunnelResult result, Writer w, Feedback.Progress written)
      throws IOException {
    int done = 0;
    CsvTable out =
        CsvTable.start(
            w,
            "site",
            "numerator",
            "denominator",
            "value",
            "z",
            "z_adjusted",
            "lower_95",
            "upper_95",
            "lower_998",
            "upper_998",
            "outlier");
    for (FunnelSite s : result.sites()) {
      out.text(s.site())
          .number(Numbers.format(s.numerator()))
          .number(Numbers.format(s.denominator()))
          .number(Numbers.format(s.value()))
          .number(Numbers.format(s.z()))
          .number(Numbers.format(s.zAdjusted()))
          .number(Numbers.format(s.limits().lower95()))
          .number(Numbers.format(s.limits().upper95()))
          .number(Numbers.format(s.limits().lower998()))
          .number(Numbers.format(s.limits().upper998()))
          .text(s.outlier().id())
          .end();
      if (++done % PROGRESS_STEP == 0) {
        written.accept(PROGRESS_STEP);
      }
    }
  }

  private static void writeParameters(FunnelResult result, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "target", "phi", "tau2", "adjustment");
    out.number(Numbers.format(result.target()))
        .number(Numbers.format(result.phi()))
        .number(Numbers.format(result.tau2()))
        .text(result.adjustment().id())
        .end();
  }
}
