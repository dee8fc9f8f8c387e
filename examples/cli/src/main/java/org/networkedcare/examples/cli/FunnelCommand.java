package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare funnel}: a funnel plot of sites (Spiegelhalter 2005, as FunnelPlotR 0.6.0),
 * written as {@code sites.csv}, {@code parameters.csv} and {@code funnel.svg} in a directory.
 */
@Command(
    name = "funnel",
    mixinStandardHelpOptions = true,
    description = {
      "Funnel plot: each site against control limits at its denominator, with over-dispersion",
      "(phi, tau2) handled as FunnelPlotR 0.6.0 does. Writes DIR/sites.csv, DIR/parameters.csv",
      "and DIR/funnel.svg."
    })
public final class FunnelCommand implements Callable<Integer> {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "F.csv",
      description = "Input CSV with a header row.")
  private Path input;

  @Option(
      names = "--site-column",
      required = true,
      paramLabel = "C",
      description = "Column naming the site.")
  private String siteColumn;

  @Option(
      names = "--numerator-column",
      required = true,
      paramLabel = "C",
      description = "Column of numerators.")
  private String numeratorColumn;

  @Option(
      names = "--denominator-column",
      required = true,
      paramLabel = "C",
      description = "Column of denominators.")
  private String denominatorColumn;

  @Option(
      names = "--filter",
      paramLabel = "COLUMN=VALUE",
      description =
          "Read only rows whose COLUMN is VALUE exactly, such as one period of a long table (repeat: every filter must hold).")
  private List<String> filters = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "proportion|ratio|count-ratio|rate",
      defaultValue = "proportion",
      description =
          "The indicator: proportion, ratio, count-ratio or rate (default: ${DEFAULT-VALUE}).")
  private String type;

  @Option(
      names = "--sr-method",
      paramLabel = "shmi|cqc",
      defaultValue = "shmi",
      description =
          "The standardised-ratio method for --type ratio: shmi or cqc (default: ${DEFAULT-VALUE}).")
  private String srMethod;

  @Option(
      names = "--limits",
      paramLabel = "exact|normal",
      description =
          "The unadjusted limits: exact or normal (default: exact for ratio, normal otherwise).")
  private @Nullable String limits;

  @Option(
      names = "--target",
      paramLabel = "X",
      description = "Target (default: pooled, or 1 for ratio).")
  private @Nullable String target;

  @Option(
      names = "--overdispersion",
      paramLabel = "none|multiplicative|additive|auto",
      defaultValue = "auto",
      description =
          "The over-dispersion adjustment: none, multiplicative, additive or auto (default: ${DEFAULT-VALUE}).")
  private String overdispersion;

  @Option(
      names = "--trim",
      paramLabel = "T",
      defaultValue = "0.1",
      description =
          "The share of sites (a fraction, 0.1 is 10%%) trimmed at each end before phi is estimated (default: ${DEFAULT-VALUE}).")
  private String trim;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "Chart title (default: numerator / denominator).")
  private @Nullable String title;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Output directory, created if need be.")
  private Path output;

  /** Creates the command; picocli calls this. */
  public FunnelCommand() {}

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
    Feedback feedback = Feedback.of(spec);
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
      throw new CommandLine.ParameterException(
          spec.commandLine(),
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
    throw new CommandLine.ParameterException(
        spec.commandLine(), "option " + option + ": '" + text + "' is not a number");
  }

  private List<SiteCount> read() {
    List<Map.Entry<String, String>> rowFilters = Inputs.filters(spec, filters);
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
