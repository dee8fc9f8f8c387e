package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;
import static org.networkedcare.examples.report.Svg.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.funnel.CurvePoint;
import org.networkedcare.metrics.funnel.FunnelSite;
import org.networkedcare.metrics.funnel.Limits;
import org.networkedcare.metrics.funnel.OutlierJudgement;
import org.networkedcare.metrics.spc.Assurance;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.VariationIcon;

/**
 * Static inline SVG charts for the board pack, written by hand in the manner of {@code
 * metrics.funnel.FunnelSvg} (no well-kept permissive Java library writes clean static SVG without
 * AWT or a large dependency tree). Every label is placed by {@link Svg}, which measures it and
 * never lets two overlap: titles and annotations sit in bands outside the plotting area, axis
 * labels are thinned to the space they have, legends wrap. Values are written in their measure's
 * one format ({@link MeasureFormat}). Deterministic: numbers with '.' whatever the locale, two
 * decimals. Colours follow NHS England's Making Data Count: improvement blue, concern orange,
 * neutral special cause purple, common cause grey; every chart has a title and a description for
 * screen readers.
 */
public final class Charts {

  /** Improvement (Making Data Count blue). */
  public static final String IMPROVEMENT = "#289de0";

  /** Concern (Making Data Count orange). */
  public static final String CONCERN = "#fab428";

  /** Neutral special cause (purple). */
  public static final String NEUTRAL = "#361475";

  /** Common cause (grey). */
  public static final String COMMON = "#7f7f7f";

  private static final String TARGET = "#de1b1b";
  private static final String INK = "#212b32";
  private static final String BASELINE = "#005eb8";

  private Charts() {}

  /** A legend key: its colour, its dash pattern ({@code ""} solid, null a dot), its words. */
  private record Key(String colour, @Nullable String dash, String text) {}

  /** The plotting area. */
  private record Plot(double left, double top, double right, double bottom) {}

  private record Axis(double lo, double hi, double from, double to) {
    double at(double v) {
      return hi == lo ? (from + to) / 2 : from + (v - lo) / (hi - lo) * (to - from);
    }
  }

  // ---------------------------------------------------------------- SPC

  /**
   * {@return the SPC chart of one measure at one unit: values, centre line, limits, target, special
   * causes; or, with too few baseline values for limits, the values alone}
   *
   * @param chart the chart
   * @param baselineEnd the last period of the baseline the limits are fixed from; a dotted line
   *     follows it
   */
  public static String spc(BoardPack.Chart chart, ReportingPeriod baselineEnd) {
    MeasureFormat format = MeasureFormat.of(chart.charted().measure());
    List<ReportingPeriod> periods = chart.periods();
    int n = periods.size();
    List<OptionalDouble> values = new ArrayList<>();
    List<OptionalDouble> means = new ArrayList<>();
    List<OptionalDouble> lower = new ArrayList<>();
    List<OptionalDouble> upper = new ArrayList<>();
    List<PointType> types = new ArrayList<>();
    List<Integer> segments = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (chart.facet().isPresent()) {
        SpcPoint p = chart.facet().get().point(k);
        values.add(p.value());
        means.add(p.mean());
        lower.add(p.lowerLimit());
        upper.add(p.upperLimit());
        types.add(p.pointType());
        segments.add(p.segment());
      } else {
        values.add(chart.values().get(k));
        means.add(OptionalDouble.empty());
        lower.add(OptionalDouble.empty());
        upper.add(OptionalDouble.empty());
        types.add(PointType.COMMON_CAUSE);
        segments.add(0);
      }
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    boolean allShares = format.percentScale() == 100;
    for (int k = 0; k < n; k++) {
      for (OptionalDouble v : List.of(values.get(k), means.get(k), lower.get(k), upper.get(k))) {
        if (v.isPresent()) {
          lo = Math.min(lo, v.getAsDouble());
          hi = Math.max(hi, v.getAsDouble());
        }
      }
      allShares &= values.get(k).isEmpty() || values.get(k).getAsDouble() <= 1;
    }
    OptionalDouble target =
        chart.facet().isPresent() ? chart.charted().target() : OptionalDouble.empty();
    if (target.isPresent()) {
      lo = Math.min(lo, target.getAsDouble());
      hi = Math.max(hi, target.getAsDouble());
    }
    if (allShares) {
      hi = Math.min(hi, 1);
    }
    if (!(lo <= hi)) { // nothing to chart (an organisation without data): an empty frame, never NaN
      // coordinates
      lo = 0;
      hi = 1;
    }
    double[] yTicks = ticks(lo, hi);
    double step = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
    DoubleFunction<String> tick = v -> format.tick(v, step);
    double tickWidth = 0;
    for (double t : yTicks) {
      tickWidth = Math.max(tickWidth, TextMetrics.width(tick.apply(t), 10, false));
    }
    int w = 560;
    int h = 296;
    Plot plot = new Plot(Math.ceil(16 + 8 + tickWidth + 6), 46, w - 14, 210);
    Axis y = new Axis(yTicks[0], yTicks[yTicks.length - 1], plot.bottom(), plot.top());
    Axis x = new Axis(0, Math.max(1, n - 1), plot.left() + 6, plot.right() - 6);
    String title = chart.charted().measure().name() + ": " + chart.label();
    Svg s =
        new Svg(
            w,
            h,
            "spc-" + chart.id(),
            title,
            "SPC chart, Making Data Count style, of "
                + chart.charted().measure().name()
                + " at "
                + chart.label()
                + ": values by "
                + periodName(periods)
                + ", centre line (mean), process limits"
                + (target.isPresent() ? ", target" : "")
                + "; special-cause points coloured; latest: "
                + chart);
    s.text(10, 18, "start", 13, true, INK, TextMetrics.fit(title, 13, true, w - 20), "title");
    frame(s, plot);
    grid(s, y, yTicks, plot, tick);
    s.verticalText(14, (plot.top() + plot.bottom()) / 2, 10, axisTitle(chart), "axis-title");
    double band = plot.top() - 8;
    if (chart.facet().isEmpty()) {
      s.tryText(
          plot.left(),
          band,
          "start",
          9,
          false,
          "#4c6272",
          "too few points for SPC limits: "
              + chart.baselineValues()
              + " baseline values of the 12 they need; the values alone",
          "note");
    }
    // limits and centre line per segment, a break at each rebase
    int i = 0;
    while (i < n && chart.facet().isPresent()) {
      int j = i;
      while (j + 1 < n && segments.get(j + 1).equals(segments.get(i))) {
        j++;
      }
      step(s, means, i, j, x, y, "#1a1a1a", "", 1.6);
      step(s, upper, i, j, x, y, "#7f7f7f", " stroke-dasharray=\"5 3\"", 1.2);
      step(s, lower, i, j, x, y, "#7f7f7f", " stroke-dasharray=\"5 3\"", 1.2);
      if (i > 0) {
        double bx = (x.at(i - 1) + x.at(i)) / 2;
        s.raw(
            "<line class=\"rebase\" x1=\""
                + num(bx)
                + "\" y1=\""
                + num(plot.top())
                + "\" x2=\""
                + num(bx)
                + "\" y2=\""
                + num(plot.bottom())
                + "\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>\n");
      }
      i = j + 1;
    }
    target.ifPresent(
        t ->
            s.raw(
                "<line class=\"target\" x1=\""
                    + num(plot.left())
                    + "\" y1=\""
                    + num(y.at(t))
                    + "\" x2=\""
                    + num(plot.right())
                    + "\" y2=\""
                    + num(y.at(t))
                    + "\" stroke=\""
                    + TARGET
                    + "\" stroke-width=\"1.4\" stroke-dasharray=\"8 3\"/>\n"));
    // the end of the baseline: limits are fixed from the points before this line; its labels sit in
    // the band above the plot
    for (int k = 1; k < n; k++) {
      if (periods.get(k - 1).equals(lastOf(baselineEnd, periods.get(k - 1)))) {
        double bx = (x.at(k - 1) + x.at(k)) / 2;
        s.raw(
            "<line class=\"baseline-end\" x1=\""
                + num(bx)
                + "\" y1=\""
                + num(plot.top())
                + "\" x2=\""
                + num(bx)
                + "\" y2=\""
                + num(plot.bottom())
                + "\" stroke=\""
                + BASELINE
                + "\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>\n");
        s.tryText(
            bx + 3, band, "start", 9, false, BASELINE, "from " + periods.get(k), "annotation");
        s.tryText(bx - 3, band, "end", 9, false, BASELINE, "baseline", "annotation");
        break;
      }
    }
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int k = 0; k < n; k++) {
      if (values.get(k).isPresent()) {
        path.append(pen ? " L" : " M")
            .append(num(x.at(k)))
            .append(' ')
            .append(num(y.at(values.get(k).getAsDouble())));
        pen = true;
      } else {
        pen = false;
      }
    }
    if (!path.isEmpty()) {
      s.raw(
          "<path d=\""
              + path.toString().trim()
              + "\" fill=\"none\" stroke=\"#a6a6a6\" stroke-width=\"1.5\"/>\n");
    }
    for (int k = 0; k < n; k++) {
      if (values.get(k).isEmpty()) {
        continue;
      }
      PointType type = types.get(k);
      s.raw(
          "<circle cx=\""
              + num(x.at(k))
              + "\" cy=\""
              + num(y.at(values.get(k).getAsDouble()))
              + "\" r=\"3.6\" fill=\""
              + colour(type)
              + "\"><title>"
              + escape(
                  periods.get(k)
                      + ": "
                      + format.format(values.get(k).getAsDouble())
                      + (type == PointType.COMMON_CAUSE
                          ? ""
                          : " (" + type.code().replace('_', ' ') + ")"))
              + "</title></circle>\n");
    }
    periodLabels(s, periods, x, plot);
    s.text(
        (plot.left() + plot.right()) / 2,
        plot.bottom() + 34,
        "middle",
        10,
        false,
        INK,
        periodName(periods),
        "axis-title");
    List<Key> keys = new ArrayList<>();
    if (chart.facet().isPresent()) {
      keys.add(new Key("#1a1a1a", "", "mean"));
      keys.add(new Key("#7f7f7f", "5 3", "process limits"));
      target.ifPresent(t -> keys.add(new Key(TARGET, "8 3", "target " + format.format(t))));
      if (chart.charted().measure().direction() == ImprovementDirection.NEUTRAL) {
        keys.add(new Key(NEUTRAL, null, "special cause (no direction)"));
      } else {
        keys.add(new Key(IMPROVEMENT, null, "improvement"));
        keys.add(new Key(CONCERN, null, "concern"));
      }
      keys.add(new Key(BASELINE, "1 3", "end of baseline"));
    } else {
      keys.add(new Key(COMMON, null, "values (no limits)"));
    }
    legend(s, plot.left(), plot.bottom() + 54, w - 10, keys);
    return s.close();
  }

  /**
   * The period of the baseline's end in the chart's granularity: the baseline's last period that
   * ends by its end.
   */
  private static ReportingPeriod lastOf(ReportingPeriod baselineEnd, ReportingPeriod sample) {
    ReportingPeriod p =
        ReportingPeriod.containing(sample.granularity(), baselineEnd.endExclusive().minusDays(1));
    return p.endExclusive().isAfter(baselineEnd.endExclusive()) ? p.previous() : p;
  }

  private static String axisTitle(BoardPack.Chart chart) {
    MeasureFormat format = MeasureFormat.of(chart.charted().measure());
    return format.isPercentage() ? "per cent" : chart.charted().measure().unit();
  }

  private static String periodName(List<ReportingPeriod> periods) {
    if (periods.isEmpty()) {
      return "period";
    }
    return switch (periods.get(0).granularity()) {
      case MONTH -> "month";
      case QUARTER -> "NHS financial quarter";
      case FINANCIAL_YEAR -> "financial year";
    };
  }

  /**
   * Period labels under the axis: every k-th, k the fewest that keeps them apart, and the last when
   * it fits.
   */
  private static void periodLabels(Svg s, List<ReportingPeriod> periods, Axis x, Plot plot) {
    int n = periods.size();
    if (n == 0) {
      return;
    }
    double widest = 0;
    for (ReportingPeriod p : periods) {
      widest = Math.max(widest, TextMetrics.width(p.toString(), 10, false));
    }
    double spacing = n > 1 ? x.at(1) - x.at(0) : Double.MAX_VALUE;
    int every = Math.max(1, (int) Math.ceil((widest + 8) / spacing));
    // round steps: a quarter, half a year or a year of months; a half or a whole year of quarters
    if (every > 1 && periods.get(0).granularity() == ReportingPeriod.Granularity.MONTH) {
      every = every <= 3 ? 3 : every <= 6 ? 6 : every <= 12 ? 12 : every;
    } else if (every > 1 && periods.get(0).granularity() == ReportingPeriod.Granularity.QUARTER) {
      every = every <= 2 ? 2 : every <= 4 ? 4 : every <= 8 ? 8 : every;
    }
    for (int k = 0; k < n; k += every) {
      s.tryText(
          x.at(k),
          plot.bottom() + 16,
          "middle",
          10,
          false,
          INK,
          periods.get(k).toString(),
          "period");
    }
    if ((n - 1) % every != 0) {
      s.tryText(
          x.at(n - 1),
          plot.bottom() + 16,
          "middle",
          10,
          false,
          INK,
          periods.get(n - 1).toString(),
          "period");
    }
  }

  private static void step(
      Svg s,
      List<OptionalDouble> v,
      int from,
      int to,
      Axis x,
      Axis y,
      String colour,
      String dash,
      double width) {
    StringBuilder d = new StringBuilder();
    for (int k = from; k <= to; k++) {
      OptionalDouble value = v.get(k);
      if (value.isPresent()) {
        double x0 = k == from ? x.at(k) - 3 : (x.at(k - 1) + x.at(k)) / 2;
        double x1 = k == to ? x.at(k) + 3 : (x.at(k) + x.at(k + 1)) / 2;
        d.append(" M")
            .append(num(x0))
            .append(' ')
            .append(num(y.at(value.getAsDouble())))
            .append(" H")
            .append(num(x1));
      }
    }
    if (!d.isEmpty()) {
      s.raw(
          "<path d=\""
              + d.toString().trim()
              + "\" fill=\"none\" stroke=\""
              + colour
              + "\" stroke-width=\""
              + width
              + "\""
              + dash
              + "/>\n");
    }
  }

  private static String colour(PointType type) {
    return switch (type) {
      case COMMON_CAUSE -> COMMON;
      case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
      case SPECIAL_CAUSE_CONCERN -> CONCERN;
      case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
    };
  }

  // ---------------------------------------------------------------- icons

  /**
   * {@return the Making Data Count variation icon: a coloured circle with a letter, and its words}
   *
   * @param icon the icon
   */
  public static String variationIcon(VariationIcon icon) {
    String colour =
        switch (icon) {
          case COMMON_CAUSE -> COMMON;
          case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
          case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
          case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
        };
    String letter =
        switch (icon) {
          case COMMON_CAUSE -> "~";
          case IMPROVEMENT_HIGH, CONCERN_HIGH, NEUTRAL_HIGH -> "H";
          case IMPROVEMENT_LOW, CONCERN_LOW, NEUTRAL_LOW -> "L";
        };
    String words =
        switch (icon) {
          case COMMON_CAUSE -> "common cause variation";
          case IMPROVEMENT_HIGH -> "special cause improvement, high";
          case IMPROVEMENT_LOW -> "special cause improvement, low";
          case CONCERN_HIGH -> "special cause concern, high";
          case CONCERN_LOW -> "special cause concern, low";
          case NEUTRAL_HIGH -> "special cause, high (no direction)";
          case NEUTRAL_LOW -> "special cause, low (no direction)";
        };
    return icon("variation " + icon.code(), colour, letter, words);
  }

  /**
   * {@return the Making Data Count assurance icon, and its words}
   *
   * @param assurance the assurance
   */
  public static String assuranceIcon(Assurance assurance) {
    return switch (assurance) {
      case PASS -> icon("assurance pass", IMPROVEMENT, "P", "consistently passes the target");
      case FAIL -> icon("assurance fail", CONCERN, "F", "consistently fails the target");
      case INCONSISTENT ->
          icon("assurance inconsistent", COMMON, "?", "hits and misses the target");
    };
  }

  private static String icon(String cls, String colour, String letter, String words) {
    return "<span class=\"icon\"><svg class=\""
        + cls
        + "\" width=\"26\" height=\"26\" viewBox=\"0 0 26 26\" role=\"img\" aria-label=\""
        + escape(words)
        + "\"><title>"
        + escape(words)
        + "</title><circle cx=\"13\" cy=\"13\" r=\"11\" fill=\"#fff\" stroke=\""
        + colour
        + "\" stroke-width=\"3\"/><text x=\"13\" y=\"17.5\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\""
        + colour
        + "\">"
        + escape(letter)
        + "</text></svg> "
        + escape(words)
        + "</span>";
  }

  // ---------------------------------------------------------------- appraisal

  /**
   * {@return the tornado chart of an option: NPSV at each parameter's low and high value around the
   * central NPSV}
   *
   * @param option the appraised option
   * @param labels a label per parameter name
   * @param id the chart's element id
   */
  public static String tornado(
      AppraisalResult.OptionResult option, Function<String, String> labels, String id) {
    List<AppraisalResult.TornadoBar> bars = option.tornado();
    int rows = Math.max(1, bars.size());
    int w = 760;
    int barH = 22;
    double left = 250;
    double top = 44;
    int h = (int) (top + rows * (barH + 8) + 78);
    double centre = option.npsv().toBigDecimal().doubleValue();
    double lo = Math.min(centre, 0);
    double hi = centre;
    for (var b : bars) {
      lo =
          Math.min(
              lo,
              Math.min(
                  b.npsvAtLow().toBigDecimal().doubleValue(),
                  b.npsvAtHigh().toBigDecimal().doubleValue()));
      hi =
          Math.max(
              hi,
              Math.max(
                  b.npsvAtLow().toBigDecimal().doubleValue(),
                  b.npsvAtHigh().toBigDecimal().doubleValue()));
    }
    double[] ticks = ticks(lo, hi);
    double axisBottom = top + rows * (barH + 8);
    Axis x = new Axis(ticks[0], ticks[ticks.length - 1], left, w - 24);
    Svg s =
        new Svg(
            w,
            h,
            id,
            "Tornado: NPSV of " + option.option() + " at each parameter's low and high value",
            "One-way sensitivity: bars from the NPSV at a parameter's low value to its high value; the line is the central NPSV");
    s.text(
        10,
        20,
        "start",
        13,
        true,
        INK,
        TextMetrics.fit(
            "NPSV of " + option.name() + " at each parameter's low and high value",
            13,
            true,
            w - 20),
        "title");
    for (double t : ticks) {
      s.raw(line(x.at(t), top - 6, x.at(t), axisBottom, "stroke=\"#e6e6e6\"/>\n"));
    }
    tickLabels(s, ticks, x, axisBottom + 14, Charts::shortMoney);
    int r = 0;
    for (var b : bars) {
      double yTop = top + r * (barH + 8);
      double atLow = b.npsvAtLow().toBigDecimal().doubleValue();
      double atHigh = b.npsvAtHigh().toBigDecimal().doubleValue();
      s.text(
          left - 8,
          yTop + barH / 2.0 + 4,
          "end",
          11,
          false,
          INK,
          TextMetrics.fit(labels.apply(b.parameter()), 11, false, left - 18),
          "label");
      bar(
          s,
          x,
          centre,
          atLow,
          yTop,
          barH,
          "#9ecae1",
          "low " + b.low().stripTrailingZeros().toPlainString() + ": " + Format.money(atLow));
      bar(
          s,
          x,
          centre,
          atHigh,
          yTop,
          barH,
          "#005eb8",
          "high " + b.high().stripTrailingZeros().toPlainString() + ": " + Format.money(atHigh));
      r++;
    }
    s.raw(
        line(
            x.at(centre),
            top - 8,
            x.at(centre),
            axisBottom,
            "stroke=\"#000\" stroke-width=\"1.5\"/>\n"));
    if (lo < 0) {
      s.raw(
          line(
              x.at(0),
              top - 8,
              x.at(0),
              axisBottom,
              "stroke=\"" + TARGET + "\" stroke-dasharray=\"4 3\"/>\n"));
    }
    s.text(
        (left + w - 24) / 2, axisBottom + 32, "middle", 10, false, INK, "NPSV (£)", "axis-title");
    legend(
        s,
        left,
        axisBottom + 52,
        w - 10,
        List.of(
            new Key("#9ecae1", null, "parameter at its low value"),
            new Key("#005eb8", null, "at its high value"),
            new Key("#000", "", "central NPSV " + Format.money(centre))));
    return s.close();
  }

  private static void bar(
      Svg s,
      Axis x,
      double centre,
      double value,
      double yTop,
      int barH,
      String colour,
      String title) {
    double x0 = Math.min(x.at(centre), x.at(value));
    double width = Math.abs(x.at(value) - x.at(centre));
    s.raw(
        "<rect x=\""
            + num(x0)
            + "\" y=\""
            + num(yTop)
            + "\" width=\""
            + num(width)
            + "\" height=\""
            + barH
            + "\" fill=\""
            + colour
            + "\"><title>"
            + escape(title)
            + "</title></rect>\n");
  }

  /**
   * {@return a histogram of an option's NPSV draws; its bins break at zero, so that none mixes
   * gains and losses}
   *
   * @param draws the NPSV of every draw
   * @param probabilityPositive the share of draws above zero, for the caption
   * @param option the option's name
   * @param id the chart's element id
   */
  public static String histogram(
      double[] draws, double probabilityPositive, String option, String id) {
    int w = 560;
    int h = 290;
    double lo = 0;
    double hi = 0;
    for (double d : draws) {
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    double width = binWidth(lo, hi);
    long firstBin = (long) Math.floor(lo / width);
    long lastBin = Math.max(firstBin + 1, (long) Math.ceil(hi / width));
    int bins = (int) (lastBin - firstBin);
    int[] counts = new int[bins];
    for (double d : draws) {
      int b = (int) Math.min(bins - 1, Math.floor(d / width) - firstBin);
      counts[b]++;
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    double[] xTicks = ticks(firstBin * width, lastBin * width);
    double[] yTicks = ticks(0, max);
    double tickWidth = 0;
    for (double t : yTicks) {
      tickWidth = Math.max(tickWidth, TextMetrics.width(Format.count(t), 10, false));
    }
    Plot plot = new Plot(Math.ceil(16 + 8 + tickWidth + 6), 50, w - 16, h - 70);
    Axis x =
        new Axis(
            Math.min(xTicks[0], firstBin * width),
            Math.max(xTicks[xTicks.length - 1], lastBin * width),
            plot.left(),
            plot.right());
    Axis y = new Axis(0, yTicks[yTicks.length - 1], plot.bottom(), plot.top());
    Svg s =
        new Svg(
            w,
            h,
            id,
            "Distribution of the NPSV of " + option + " over the draws",
            draws.length
                + " draws; the share above zero is "
                + Format.percent(probabilityPositive)
                + "; bins break at zero");
    s.text(
        10,
        20,
        "start",
        13,
        true,
        INK,
        "NPSV over "
            + draws.length
            + " draws: P(NPSV > 0) = "
            + Format.percent(probabilityPositive),
        "title");
    s.text(
        10,
        34,
        "start",
        10,
        false,
        "#4c6272",
        TextMetrics.fit(option, 10, false, w - 20),
        "subtitle");
    frame(s, plot);
    grid(s, y, yTicks, plot, Format::count);
    for (int b = 0; b < bins; b++) {
      double from = (firstBin + b) * width;
      double to = from + width;
      s.raw(
          "<rect class=\"bin\" data-from=\""
              + from
              + "\" data-to=\""
              + to
              + "\" data-count=\""
              + counts[b]
              + "\" x=\""
              + num(x.at(from) + 0.5)
              + "\" y=\""
              + num(y.at(counts[b]))
              + "\" width=\""
              + num(Math.max(0, x.at(to) - x.at(from) - 1))
              + "\" height=\""
              + num(y.at(0) - y.at(counts[b]))
              + "\" fill=\""
              + (to <= 0 ? CONCERN : IMPROVEMENT)
              + "\"><title>"
              + escape(shortMoney(from) + " to " + shortMoney(to) + ": " + counts[b] + " draws")
              + "</title></rect>\n");
    }
    s.raw(
        line(
            x.at(0),
            plot.top(),
            x.at(0),
            plot.bottom(),
            "stroke=\"" + TARGET + "\" stroke-width=\"1.5\"/>\n"));
    s.raw(line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), "stroke=\"#000\"/>\n"));
    tickLabels(s, xTicks, x, plot.bottom() + 14, Charts::shortMoney);
    s.verticalText(14, (plot.top() + plot.bottom()) / 2, 10, "draws", "axis-title");
    s.text(
        (plot.left() + plot.right()) / 2,
        plot.bottom() + 32,
        "middle",
        10,
        false,
        INK,
        "NPSV (£)",
        "axis-title");
    legend(
        s,
        plot.left(),
        plot.bottom() + 52,
        w - 10,
        List.of(
            new Key(CONCERN, null, "draws at a loss"),
            new Key(IMPROVEMENT, null, "draws at a gain"),
            new Key(TARGET, "", "zero")));
    return s.close();
  }

  /** A round bin width giving about 25 bins over [lo, hi]; zero is always a bin edge. */
  static double binWidth(double lo, double hi) {
    double range = Math.max(hi - lo, 1e-9);
    double raw = range / 25;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * mag;
  }

  /**
   * {@return the cost-effectiveness acceptability curves: the probability each option is best at
   * each willingness to pay}
   *
   * @param wtp willingness-to-pay values
   * @param options the options' names
   * @param probability {@code probability[k][i]}: option k's probability at wtp[i]
   */
  public static String acceptability(double[] wtp, List<String> options, double[][] probability) {
    int w = 560;
    int h = 290;
    double[] yTicks = {0, 0.25, 0.5, 0.75, 1};
    Plot plot =
        new Plot(Math.ceil(16 + 8 + TextMetrics.width("100%", 10, false) + 6), 40, w - 16, h - 74);
    double[] xt = ticks(wtp[0], wtp[wtp.length - 1]);
    Axis x = new Axis(xt[0], xt[xt.length - 1], plot.left(), plot.right());
    Axis y = new Axis(0, 1, plot.bottom(), plot.top());
    Svg s =
        new Svg(
            w,
            h,
            "ceac",
            "Cost-effectiveness acceptability curves",
            "The probability that each option is the best at each willingness to pay per QALY");
    s.text(
        10,
        20,
        "start",
        13,
        true,
        INK,
        "Probability each option is the most cost-effective",
        "title");
    frame(s, plot);
    grid(s, y, yTicks, plot, v -> String.format(Locale.ROOT, "%.0f%%", 100 * v));
    String[] colours = {"#005eb8", "#7c2855", "#007f3b", NEUTRAL, "#425563", "#ed8b00"};
    List<Key> keys = new ArrayList<>();
    for (int k = 0; k < options.size(); k++) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < wtp.length; i++) {
        d.append(i == 0 ? "M" : " L")
            .append(num(x.at(wtp[i])))
            .append(' ')
            .append(num(y.at(probability[k][i])));
      }
      String colour = colours[k % colours.length];
      s.raw(
          "<path class=\"curve\" d=\""
              + d
              + "\" fill=\"none\" stroke=\""
              + colour
              + "\" stroke-width=\"2\"/>\n");
      keys.add(new Key(colour, "", options.get(k)));
    }
    for (double t : new double[] {20_000, 30_000}) {
      if (t >= x.lo() && t <= x.hi()) {
        s.raw(
            line(
                x.at(t),
                plot.top(),
                x.at(t),
                plot.bottom(),
                "stroke=\"#7f7f7f\" stroke-dasharray=\"3 3\"/>\n"));
      }
    }
    keys.add(new Key("#7f7f7f", "3 3", "£20,000 and £30,000 per QALY"));
    tickLabels(s, xt, x, plot.bottom() + 14, Charts::shortMoney);
    s.verticalText(14, (plot.top() + plot.bottom()) / 2, 10, "probability best", "axis-title");
    s.text(
        (plot.left() + plot.right()) / 2,
        plot.bottom() + 32,
        "middle",
        10,
        false,
        INK,
        "willingness to pay per QALY (£)",
        "axis-title");
    legend(s, plot.left(), plot.bottom() + 52, w - 10, keys);
    return s.close();
  }

  // ---------------------------------------------------------------- funnel

  /**
   * {@return the funnel plot of one measure across units: each unit's value against its denominator
   * inside the 95% and 99.8% limits, coloured by what an outlier means for the measure (improvement
   * blue, concern orange, purple without a direction), each unit labelled where its label overlaps
   * none other}
   *
   * @param c the comparison
   */
  public static String funnel(BoardPack.Comparison c) {
    MeasureFormat format = MeasureFormat.of(c.charted().measure());
    List<FunnelSite> sites = c.result().sites();
    double xMax = 0;
    double lo = c.result().target();
    double hi = c.result().target();
    for (FunnelSite u : sites) {
      xMax = Math.max(xMax, u.denominator());
      lo = Math.min(lo, Math.min(u.value(), u.limits().lower998()));
      hi = Math.max(hi, Math.max(u.value(), u.limits().upper998()));
    }
    if (c.charted().measure().kind() == org.networkedcare.core.measure.MeasureKind.PROPORTION) {
      lo = Math.max(lo, 0);
      hi = Math.min(hi, 1);
    }
    lo = Math.max(lo, 0);
    double[] yTicks = ticks(lo, hi);
    double ystep = yTicks.length > 1 ? yTicks[1] - yTicks[0] : 1;
    double[] xTicks = ticks(0, xMax * 1.05);
    double tickWidth = 0;
    for (double t : yTicks) {
      tickWidth = Math.max(tickWidth, TextMetrics.width(format.tick(t, ystep), 10, false));
    }
    int w = 560;
    int h = 320;
    Plot plot = new Plot(Math.ceil(16 + 8 + tickWidth + 6), 40, w - 16, h - 86);
    Axis x = new Axis(0, xTicks[xTicks.length - 1], plot.left(), plot.right());
    Axis y = new Axis(yTicks[0], yTicks[yTicks.length - 1], plot.bottom(), plot.top());
    String title = c.charted().measure().name() + ", " + c.period() + ", by " + c.level().id();
    Svg s =
        new Svg(
            w,
            h,
            c.id(),
            "Funnel plot: " + title,
            "Each "
                + c.level().id()
                + "'s value against its denominator, with the 95% and 99.8%"
                + " limits around the network's value "
                + format.format(c.result().target())
                + " (adjustment "
                + c.result().adjustment().id()
                + ")");
    s.text(10, 20, "start", 13, true, INK, TextMetrics.fit(title, 13, true, w - 20), "title");
    s.raw(
        "<defs><clipPath id=\""
            + c.id()
            + "-clip\"><rect x=\""
            + num(plot.left())
            + "\" y=\""
            + num(plot.top())
            + "\" width=\""
            + num(plot.right() - plot.left())
            + "\" height=\""
            + num(plot.bottom() - plot.top())
            + "\"/></clipPath></defs>\n");
    frame(s, plot);
    grid(s, y, yTicks, plot, v -> format.tick(v, ystep));
    s.raw("<g clip-path=\"url(#" + c.id() + "-clip)\" fill=\"none\" stroke-width=\"1.4\">\n");
    curve(s, c.result().curve(), x, y, Limits::lower998, "#9467bd", "6 3");
    curve(s, c.result().curve(), x, y, Limits::upper998, "#9467bd", "6 3");
    curve(s, c.result().curve(), x, y, Limits::lower95, "#005eb8", "");
    curve(s, c.result().curve(), x, y, Limits::upper95, "#005eb8", "");
    s.raw(
        line(
            plot.left(),
            y.at(c.result().target()),
            plot.right(),
            y.at(c.result().target()),
            "stroke=\"#1a1a1a\"/>\n</g>\n"));
    for (FunnelSite u : sites) {
      s.raw(
          "<circle class=\"unit "
              + u.judgement().id()
              + "\" cx=\""
              + num(x.at(u.denominator()))
              + "\" cy=\""
              + num(y.at(u.value()))
              + "\" r=\"4\" fill=\""
              + fill(u.judgement())
              + "\" stroke=\"#333\" stroke-width=\"0.5\"><title>"
              + escape(
                  c.labels().getOrDefault(u.site(), u.site())
                      + ": "
                      + format.format(u.value())
                      + " of "
                      + Format.count(u.denominator())
                      + (u.outlier().id().isEmpty()
                          ? ""
                          : ", outside the "
                              + (u.outlier().id().endsWith("998") ? "99.8%" : "95%")
                              + " limits"))
              + "</title></circle>\n");
    }
    // labels: the outliers first, then the rest; each in the first place around its point that
    // overlaps nothing
    List<FunnelSite> order =
        new ArrayList<>(sites.stream().filter(u -> !u.outlier().id().isEmpty()).toList());
    sites.stream().filter(u -> u.outlier().id().isEmpty()).forEach(order::add);
    for (FunnelSite u : order) {
      double cx = x.at(u.denominator());
      double cy = y.at(u.value());
      String label = u.site().substring(u.site().lastIndexOf('/') + 1);
      boolean placed =
          s.tryText(cx + 6, cy + 3.5, "start", 9, false, INK, label, "unit-label")
              || s.tryText(cx - 6, cy + 3.5, "end", 9, false, INK, label, "unit-label")
              || s.tryText(cx, cy - 7, "middle", 9, false, INK, label, "unit-label")
              || s.tryText(cx, cy + 14, "middle", 9, false, INK, label, "unit-label");
      if (!placed) {
        s.raw(
            "<!-- "
                + escape(label)
                + ": no room for a label; see the table and the point's tooltip -->\n");
      }
    }
    tickLabels(s, xTicks, x, plot.bottom() + 14, Format::count);
    s.verticalText(
        14,
        (plot.top() + plot.bottom()) / 2,
        10,
        format.isPercentage() ? "per cent" : c.charted().measure().unit(),
        "axis-title");
    s.text(
        (plot.left() + plot.right()) / 2,
        plot.bottom() + 32,
        "middle",
        10,
        false,
        INK,
        "denominator",
        "axis-title");
    List<Key> keys =
        new ArrayList<>(
            List.of(
                new Key("#005eb8", "", "95% limits"),
                new Key("#9467bd", "6 3", "99.8% limits"),
                new Key("#1a1a1a", "", "network " + format.format(c.result().target()))));
    if (c.charted().measure().direction() == ImprovementDirection.NEUTRAL) {
      keys.add(new Key(NEUTRAL, null, "outside (no direction)"));
    } else {
      keys.add(new Key(IMPROVEMENT, null, "better than expected"));
      keys.add(new Key(CONCERN, null, "worse than expected"));
    }
    keys.add(new Key(COMMON, null, "within"));
    legend(s, plot.left(), plot.bottom() + 52, w - 10, keys);
    return s.close();
  }

  private static String fill(OutlierJudgement judgement) {
    return switch (judgement) {
      case WITHIN -> COMMON;
      case FAVOURABLE -> IMPROVEMENT;
      case UNFAVOURABLE -> CONCERN;
      case UNJUDGED -> NEUTRAL;
    };
  }

  private static void curve(
      Svg s,
      List<CurvePoint> curve,
      Axis x,
      Axis y,
      java.util.function.ToDoubleFunction<Limits> limit,
      String colour,
      String dash) {
    StringBuilder d = new StringBuilder();
    for (CurvePoint p : curve) {
      double v = limit.applyAsDouble(p.limits());
      if (Double.isFinite(v)) {
        d.append(d.isEmpty() ? "M" : " L")
            .append(num(x.at(p.denominator())))
            .append(' ')
            .append(num(Math.max(-1000, Math.min(10_000, y.at(v)))));
      }
    }
    if (!d.isEmpty()) {
      s.raw(
          "<path d=\""
              + d
              + "\" stroke=\""
              + colour
              + "\""
              + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
              + "/>\n");
    }
  }

  // ---------------------------------------------------------------- shared

  private static void legend(Svg s, double x, double y, double maxX, List<Key> keys) {
    double at = x;
    double row = y;
    for (Key k : keys) {
      double itemWidth = 18 + TextMetrics.width(k.text(), 10, false) + 12;
      if (at + itemWidth > maxX && at > x) {
        at = x;
        row += 14;
      }
      String dash = k.dash();
      if (dash == null) {
        s.raw(
            "<circle cx=\""
                + num(at + 5)
                + "\" cy=\""
                + num(row - 4)
                + "\" r=\"4\" fill=\""
                + k.colour()
                + "\"/>");
      } else {
        s.raw(
            line(
                at,
                row - 4,
                at + 14,
                row - 4,
                "stroke=\""
                    + k.colour()
                    + "\" stroke-width=\"2\""
                    + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                    + "/>"));
      }
      s.text(at + 18, row, "start", 10, false, INK, k.text(), "legend");
      at += itemWidth;
    }
  }

  private static void grid(Svg s, Axis y, double[] ticks, Plot plot, DoubleFunction<String> label) {
    for (double t : ticks) {
      s.raw(line(plot.left(), y.at(t), plot.right(), y.at(t), "stroke=\"#e6e6e6\"/>\n"));
      s.text(plot.left() - 6, y.at(t) + 3.5, "end", 10, false, INK, label.apply(t), "tick");
    }
  }

  /** Tick labels under an axis, thinned to every second, fifth... so that none overlaps another. */
  private static void tickLabels(
      Svg s, double[] ticks, Axis x, double baseline, DoubleFunction<String> label) {
    double widest = 0;
    for (double t : ticks) {
      widest = Math.max(widest, TextMetrics.width(label.apply(t), 10, false));
    }
    double spacing =
        ticks.length > 1 ? Math.abs(x.at(ticks[1]) - x.at(ticks[0])) : Double.MAX_VALUE;
    int every = Math.max(1, (int) Math.ceil((widest + 6) / spacing));
    for (int i = 0; i < ticks.length; i += every) {
      s.tryText(x.at(ticks[i]), baseline, "middle", 10, false, INK, label.apply(ticks[i]), "tick");
    }
  }

  /**
   * {@return round tick values covering lo to hi: about five steps of 1, 2 or 5 times a power of
   * ten}
   *
   * @param lo the lowest value
   * @param hi the highest value
   */
  static double[] ticks(double lo, double hi) {
    if (hi <= lo) {
      hi = lo + Math.max(1e-9, Math.abs(lo) * 0.1 + 1e-9);
    }
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step =
        raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    int n = (int) Math.round((last - first) / step) + 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = first + i * step;
    }
    return out;
  }

  static String shortMoney(double v) {
    double a = Math.abs(v);
    String sign = v < 0 ? "-" : "";
    if (a >= 1e6) {
      return sign + "£" + trim(a / 1e6) + "m";
    }
    if (a >= 1e3) {
      return sign + "£" + trim(a / 1e3) + "k";
    }
    return sign + "£" + trim(a);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** The frame of a plot's area: its rectangle, unfilled. */
  private static void frame(Svg s, Plot plot) {
    s.raw(
        "<rect class=\"plot\" x=\""
            + num(plot.left())
            + "\" y=\""
            + num(plot.top())
            + "\" width=\""
            + num(plot.right() - plot.left())
            + "\" height=\""
            + num(plot.bottom() - plot.top())
            + "\" fill=\"none\"/>\n");
  }

  /**
   * {@return an SVG line from (x1, y1) to (x2, y2), user units} {@code rest} is the markup after
   * the coordinates, from the stroke attribute to the end of the element and what follows it.
   */
  private static String line(double x1, double y1, double x2, double y2, String rest) {
    return "<line x1=\""
        + num(x1)
        + "\" y1=\""
        + num(y1)
        + "\" x2=\""
        + num(x2)
        + "\" y2=\""
        + num(y2)
        + "\" "
        + rest;
  }
}
