package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.spc.Assurance;
import org.networkedcare.metrics.spc.PointType;
import org.networkedcare.metrics.spc.SpcPoint;
import org.networkedcare.metrics.spc.VariationIcon;

/**
 * Static inline SVG charts for the board pack, written by hand in the manner of {@code
 * metrics.funnel.FunnelSvg} (no well-kept permissive Java library writes clean static SVG without
 * AWT or a large dependency tree). Deterministic: numbers with '.' whatever the locale, two decimals.
 * Colours follow NHS England's Making Data Count: improvement blue, concern orange, neutral special
 * cause purple, common cause grey; every chart has a title and a description for screen readers.
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

  private Charts() {}

  /**
   * {@return the SPC chart of one measure at one organisation}
   *
   * @param chart the chart
   * @param title its title
   * @param baselineEnd the last month of the baseline the limits are fixed from; a dotted line follows it
   */
  public static String spc(BoardPack.Chart chart, String title, YearMonth baselineEnd) {
    int w = 560;
    int h = 250;
    int left = 58;
    int right = 14;
    int top = 30;
    int bottom = 40;
    List<SpcPoint> points = chart.facet().points();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (SpcPoint p : points) {
      for (var v : List.of(p.value(), p.lowerLimit(), p.upperLimit(), p.mean())) {
        if (v.isPresent()) {
          lo = Math.min(lo, v.getAsDouble());
          hi = Math.max(hi, v.getAsDouble());
        }
      }
    }
    if (chart.facet().target().isPresent()) {
      lo = Math.min(lo, chart.facet().target().getAsDouble());
      hi = Math.max(hi, chart.facet().target().getAsDouble());
    }
    if (chart.measure().percent()) {
      hi = Math.min(hi, 1);
    }
    if (!(lo <= hi)) { // nothing to chart (an organisation without data): an empty frame, never NaN coordinates
      lo = 0;
      hi = 1;
    }
    double[] yTicks = ticks(lo, hi);
    Axis y = new Axis(yTicks[0], yTicks[yTicks.length - 1], h - bottom, top);
    Axis x = new Axis(0, Math.max(1, points.size() - 1), left + 6, w - right - 6);
    DoubleFunction<String> yLabel = v -> chart.measure().percent()
        ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : String.format(Locale.ROOT, "%,.0f", v);
    StringBuilder s = open(w, h, "spc-" + chart.id(), title, "SPC chart, Making Data Count style: monthly values, centre line (mean), "
        + "process limits, target; special-cause points coloured; latest: " + chart);
    s.append("<text x=\"").append(left).append("\" y=\"18\" font-weight=\"bold\" font-size=\"13\">").append(escape(title)).append("</text>\n");
    grid(s, y, yTicks, left, w - right, yLabel);
    // limits and centre line per segment
    int i = 0;
    while (i < points.size()) {
      int j = i;
      while (j + 1 < points.size() && points.get(j + 1).segment() == points.get(i).segment()) {
        j++;
      }
      step(s, points, i, j, x, y, SpcPoint::mean, "#1a1a1a", "", 1.6);
      step(s, points, i, j, x, y, SpcPoint::upperLimit, "#7f7f7f", " stroke-dasharray=\"5 3\"", 1.2);
      step(s, points, i, j, x, y, SpcPoint::lowerLimit, "#7f7f7f", " stroke-dasharray=\"5 3\"", 1.2);
      if (i > 0) {
        double bx = (x.at(i - 1) + x.at(i)) / 2;
        s.append("<line class=\"rebase\" x1=\"").append(num(bx)).append("\" y1=\"").append(top).append("\" x2=\"").append(num(bx))
            .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#000\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>\n");
      }
      i = j + 1;
    }
    chart.facet().target().ifPresent(t -> {
      s.append("<line class=\"target\" x1=\"").append(left).append("\" y1=\"").append(num(y.at(t))).append("\" x2=\"")
          .append(w - right).append("\" y2=\"").append(num(y.at(t))).append("\" stroke=\"").append(TARGET)
          .append("\" stroke-width=\"1.4\" stroke-dasharray=\"8 3\"/>\n");
      s.append("<text x=\"").append(w - right - 2).append("\" y=\"").append(num(y.at(t) - 4)).append("\" text-anchor=\"end\" fill=\"")
          .append(TARGET).append("\" font-size=\"10\">target ").append(escape(yLabel.apply(t))).append("</text>\n");
    });
    // the end of the baseline: limits are fixed from the points before this line
    for (int k = 1; k < points.size(); k++) {
      if (YearMonth.from(points.get(k).date()).equals(baselineEnd.plusMonths(1))) {
        double bx = (x.at(k - 1) + x.at(k)) / 2;
        s.append("<line class=\"baseline-end\" x1=\"").append(num(bx)).append("\" y1=\"").append(top).append("\" x2=\"").append(num(bx))
            .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#005eb8\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>\n");
        s.append("<text x=\"").append(num(bx + 3)).append("\" y=\"").append(top + 9).append("\" font-size=\"9\" fill=\"#005eb8\">from ")
            .append(baselineEnd.plusMonths(1)).append("</text>\n");
      }
    }
    // the line through the values
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int k = 0; k < points.size(); k++) {
      if (points.get(k).value().isPresent()) {
        path.append(pen ? " L" : " M").append(num(x.at(k))).append(' ').append(num(y.at(points.get(k).value().getAsDouble())));
        pen = true;
      } else {
        pen = false;
      }
    }
    s.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"#a6a6a6\" stroke-width=\"1.5\"/>\n");
    for (int k = 0; k < points.size(); k++) {
      SpcPoint p = points.get(k);
      if (p.value().isEmpty()) {
        continue;
      }
      s.append("<circle cx=\"").append(num(x.at(k))).append("\" cy=\"").append(num(y.at(p.value().getAsDouble())))
          .append("\" r=\"3.6\" fill=\"").append(colour(p.pointType())).append("\"><title>")
          .append(YearMonth.from(p.date())).append(": ").append(escape(yLabel.apply(p.value().getAsDouble())))
          .append(p.pointType() == PointType.COMMON_CAUSE ? "" : " (" + p.pointType().code().replace('_', ' ') + ")")
          .append("</title></circle>\n");
    }
    // x labels: every sixth month and the last
    for (int k = 0; k < points.size(); k++) {
      if (k % 6 == 0 || k == points.size() - 1) {
        s.append("<text x=\"").append(num(x.at(k))).append("\" y=\"").append(h - bottom + 16)
            .append("\" text-anchor=\"middle\" font-size=\"10\">").append(YearMonth.from(points.get(k).date())).append("</text>\n");
      }
    }
    legend(s, left, h - 8, List.of(
        new Key("#1a1a1a", "", "mean"), new Key("#7f7f7f", "5 3", "process limits"), new Key(TARGET, "8 3", "target"),
        new Key(IMPROVEMENT, null, "improvement"), new Key(CONCERN, null, "concern"), new Key(NEUTRAL, null, "special cause")));
    return s.append("</svg>\n").toString();
  }

  private interface Value {
    java.util.OptionalDouble of(SpcPoint p);
  }

  private static void step(StringBuilder s, List<SpcPoint> points, int from, int to, Axis x, Axis y, Value v,
      String colour, String dash, double width) {
    StringBuilder d = new StringBuilder();
    for (int k = from; k <= to; k++) {
      var value = v.of(points.get(k));
      if (value.isPresent()) {
        double x0 = k == from ? x.at(k) - 3 : (x.at(k - 1) + x.at(k)) / 2;
        double x1 = k == to ? x.at(k) + 3 : (x.at(k) + x.at(k + 1)) / 2;
        d.append(" M").append(num(x0)).append(' ').append(num(y.at(value.getAsDouble())))
            .append(" H").append(num(x1));
      }
    }
    if (!d.isEmpty()) {
      s.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"").append(width).append('"').append(dash).append("/>\n");
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

  /**
   * {@return the Making Data Count variation icon: a coloured circle with a letter, and its words}
   *
   * @param icon the icon
   */
  public static String variationIcon(VariationIcon icon) {
    String colour = switch (icon) {
      case COMMON_CAUSE -> COMMON;
      case IMPROVEMENT_HIGH, IMPROVEMENT_LOW -> IMPROVEMENT;
      case CONCERN_HIGH, CONCERN_LOW -> CONCERN;
      case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
    };
    String letter = switch (icon) {
      case COMMON_CAUSE -> "~";
      case IMPROVEMENT_HIGH, CONCERN_HIGH, NEUTRAL_HIGH -> "H";
      case IMPROVEMENT_LOW, CONCERN_LOW, NEUTRAL_LOW -> "L";
    };
    String words = switch (icon) {
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
      case INCONSISTENT -> icon("assurance inconsistent", COMMON, "?", "hits and misses the target");
    };
  }

  private static String icon(String cls, String colour, String letter, String words) {
    return "<span class=\"icon\"><svg class=\"" + cls + "\" width=\"26\" height=\"26\" viewBox=\"0 0 26 26\" role=\"img\" aria-label=\""
        + escape(words) + "\"><title>" + escape(words) + "</title><circle cx=\"13\" cy=\"13\" r=\"11\" fill=\"#fff\" stroke=\""
        + colour + "\" stroke-width=\"3\"/><text x=\"13\" y=\"17.5\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\""
        + colour + "\">" + escape(letter) + "</text></svg> " + escape(words) + "</span>";
  }

  /**
   * {@return the tornado chart: NPSV at each parameter's low and high value around the central NPSV}
   *
   * @param option the appraised option
   * @param labels a label per parameter name
   */
  public static String tornado(AppraisalResult.OptionResult option, java.util.function.Function<String, String> labels) {
    List<AppraisalResult.TornadoBar> bars = option.tornado();
    int rows = Math.max(1, bars.size());
    int w = 760;
    int left = 250;
    int top = 40;
    int barH = 22;
    int h = top + rows * (barH + 8) + 60;
    double centre = option.npsv().toBigDecimal().doubleValue();
    double lo = centre;
    double hi = centre;
    for (var b : bars) {
      lo = Math.min(lo, Math.min(b.npsvAtLow().toBigDecimal().doubleValue(), b.npsvAtHigh().toBigDecimal().doubleValue()));
      hi = Math.max(hi, Math.max(b.npsvAtLow().toBigDecimal().doubleValue(), b.npsvAtHigh().toBigDecimal().doubleValue()));
    }
    lo = Math.min(lo, 0);
    double[] ticks = ticks(lo, hi);
    Axis x = new Axis(ticks[0], ticks[ticks.length - 1], left, w - 20);
    StringBuilder s = open(w, h, "tornado", "Tornado: NPSV at each parameter's low and high value",
        "One-way sensitivity: bars from the NPSV at a parameter's low value to its high value; the line is the central NPSV");
    s.append("<text x=\"10\" y=\"20\" font-weight=\"bold\" font-size=\"13\">NPSV of ").append(escape(option.option()))
        .append(" at each parameter's low and high value (£)</text>\n");
    for (double t : ticks) {
      s.append("<line x1=\"").append(num(x.at(t))).append("\" y1=\"").append(top - 6).append("\" x2=\"").append(num(x.at(t)))
          .append("\" y2=\"").append(h - 46).append("\" stroke=\"#e6e6e6\"/>\n");
      s.append("<text x=\"").append(num(x.at(t))).append("\" y=\"").append(h - 32).append("\" text-anchor=\"middle\" font-size=\"10\">")
          .append(escape(shortMoney(t))).append("</text>\n");
    }
    int r = 0;
    for (var b : bars) {
      double yTop = top + r * (barH + 8);
      double atLow = b.npsvAtLow().toBigDecimal().doubleValue();
      double atHigh = b.npsvAtHigh().toBigDecimal().doubleValue();
      s.append("<text x=\"").append(left - 8).append("\" y=\"").append(num(yTop + barH / 2.0 + 4)).append("\" text-anchor=\"end\" font-size=\"11\">")
          .append(escape(labels.apply(b.parameter()))).append("</text>\n");
      bar(s, x, centre, atLow, yTop, barH, "#9ecae1", "low " + b.low().stripTrailingZeros().toPlainString() + ": " + Format.money(atLow));
      bar(s, x, centre, atHigh, yTop, barH, "#005eb8", "high " + b.high().stripTrailingZeros().toPlainString() + ": " + Format.money(atHigh));
      r++;
    }
    s.append("<line x1=\"").append(num(x.at(centre))).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(num(x.at(centre)))
        .append("\" y2=\"").append(h - 46).append("\" stroke=\"#000\" stroke-width=\"1.5\"/>\n");
    if (lo < 0) {
      s.append("<line x1=\"").append(num(x.at(0))).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(num(x.at(0)))
          .append("\" y2=\"").append(h - 46).append("\" stroke=\"").append(TARGET).append("\" stroke-dasharray=\"4 3\"/>\n");
    }
    legend(s, left, h - 10, List.of(new Key("#9ecae1", null, "parameter at its low value"), new Key("#005eb8", null, "at its high value"),
        new Key("#000", "", "central NPSV " + Format.money(centre))));
    return s.append("</svg>\n").toString();
  }

  private static void bar(StringBuilder s, Axis x, double centre, double value, double yTop, int barH, String colour, String title) {
    double x0 = Math.min(x.at(centre), x.at(value));
    double width = Math.abs(x.at(value) - x.at(centre));
    s.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(num(yTop)).append("\" width=\"").append(num(width))
        .append("\" height=\"").append(barH).append("\" fill=\"").append(colour).append("\"><title>").append(escape(title))
        .append("</title></rect>\n");
  }

  /**
   * {@return a histogram of the NPSV draws with zero marked}
   *
   * @param draws the NPSV of every draw
   * @param probabilityPositive the share of draws above zero, for the caption
   */
  public static String histogram(double[] draws, double probabilityPositive) {
    int w = 560;
    int h = 260;
    int left = 50;
    int top = 34;
    int bottom = 48;
    double lo = 0;
    double hi = 0;
    for (double d : draws) {
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    }
    double[] ticks = ticks(lo, hi);
    Axis x = new Axis(ticks[0], ticks[ticks.length - 1], left, w - 16);
    int bins = 30;
    int[] counts = new int[bins];
    double width = (x.hi - x.lo) / bins;
    for (double d : draws) {
      counts[Math.min(bins - 1, (int) ((d - x.lo) / width))]++;
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    Axis y = new Axis(0, max, h - bottom, top);
    StringBuilder s = open(w, h, "npsv-histogram", "Distribution of NPSV over the draws",
        draws.length + " draws; the share above zero is " + Format.percent(probabilityPositive));
    s.append("<text x=\"10\" y=\"20\" font-weight=\"bold\" font-size=\"13\">NPSV over ").append(draws.length)
        .append(" draws: P(NPSV &gt; 0) = ").append(Format.percent(probabilityPositive)).append("</text>\n");
    for (int b = 0; b < bins; b++) {
      double from = x.lo + b * width;
      s.append("<rect x=\"").append(num(x.at(from) + 0.5)).append("\" y=\"").append(num(y.at(counts[b]))).append("\" width=\"")
          .append(num(x.at(from + width) - x.at(from) - 1)).append("\" height=\"").append(num(y.at(0) - y.at(counts[b])))
          .append("\" fill=\"").append(from + width <= 0 ? CONCERN : IMPROVEMENT).append("\"/>\n");
    }
    for (double t : ticks) {
      s.append("<text x=\"").append(num(x.at(t))).append("\" y=\"").append(h - bottom + 16).append("\" text-anchor=\"middle\" font-size=\"10\">")
          .append(escape(shortMoney(t))).append("</text>\n");
    }
    s.append("<line x1=\"").append(num(x.at(0))).append("\" y1=\"").append(top).append("\" x2=\"").append(num(x.at(0))).append("\" y2=\"")
        .append(h - bottom).append("\" stroke=\"").append(TARGET).append("\" stroke-width=\"1.5\"/>\n");
    s.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 16).append("\" y2=\"")
        .append(h - bottom).append("\" stroke=\"#000\"/>\n");
    s.append("<text x=\"").append((w + left) / 2).append("\" y=\"").append(h - 10).append("\" text-anchor=\"middle\" font-size=\"11\">NPSV (£), zero in red</text>\n");
    return s.append("</svg>\n").toString();
  }

  /**
   * {@return the cost-effectiveness acceptability curve of the option}
   *
   * @param wtp willingness-to-pay values
   * @param probability the probability the option is best at each
   * @param option the option's name
   */
  public static String acceptability(double[] wtp, double[] probability, String option) {
    int w = 560;
    int h = 260;
    int left = 50;
    int top = 34;
    int bottom = 48;
    double[] xt = ticks(wtp[0], wtp[wtp.length - 1]);
    Axis x = new Axis(xt[0], xt[xt.length - 1], left, w - 16);
    Axis y = new Axis(0, 1, h - bottom, top);
    StringBuilder s = open(w, h, "ceac", "Cost-effectiveness acceptability curve",
        "Probability that " + option + " is the better option at each willingness to pay per QALY");
    s.append("<text x=\"10\" y=\"20\" font-weight=\"bold\" font-size=\"13\">Probability ").append(escape(option))
        .append(" is cost-effective, by willingness to pay per QALY</text>\n");
    grid(s, y, new double[] {0, 0.25, 0.5, 0.75, 1}, left, w - 16, v -> String.format(Locale.ROOT, "%.0f%%", 100 * v));
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < wtp.length; i++) {
      d.append(i == 0 ? "M" : " L").append(num(x.at(wtp[i]))).append(' ').append(num(y.at(probability[i])));
    }
    s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#005eb8\" stroke-width=\"2\"/>\n");
    for (double t : xt) {
      s.append("<text x=\"").append(num(x.at(t))).append("\" y=\"").append(h - bottom + 16).append("\" text-anchor=\"middle\" font-size=\"10\">")
          .append(escape(shortMoney(t))).append("</text>\n");
    }
    for (double t : new double[] {20_000, 30_000}) {
      if (t >= x.lo && t <= x.hi) {
        s.append("<line x1=\"").append(num(x.at(t))).append("\" y1=\"").append(top).append("\" x2=\"").append(num(x.at(t)))
            .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#7f7f7f\" stroke-dasharray=\"3 3\"/>\n");
      }
    }
    s.append("<text x=\"").append((w + left) / 2).append("\" y=\"").append(h - 10)
        .append("\" text-anchor=\"middle\" font-size=\"11\">willingness to pay per QALY (£); dashed: £20,000 and £30,000</text>\n");
    return s.append("</svg>\n").toString();
  }

  private record Key(String colour, String dash, String text) {}

  private static void legend(StringBuilder s, int x, int y, List<Key> keys) {
    int at = x;
    for (Key k : keys) {
      if (k.dash() == null) {
        s.append("<circle cx=\"").append(at + 5).append("\" cy=\"").append(y - 4).append("\" r=\"4\" fill=\"").append(k.colour()).append("\"/>");
      } else {
        s.append("<line x1=\"").append(at).append("\" y1=\"").append(y - 4).append("\" x2=\"").append(at + 14).append("\" y2=\"")
            .append(y - 4).append("\" stroke=\"").append(k.colour()).append("\" stroke-width=\"2\"")
            .append(k.dash().isEmpty() ? "" : " stroke-dasharray=\"" + k.dash() + "\"").append("/>");
      }
      s.append("<text x=\"").append(at + 18).append("\" y=\"").append(y).append("\" font-size=\"10\">").append(escape(k.text())).append("</text>\n");
      at += 26 + (int) Math.ceil(k.text().length() * 5.4);
    }
  }

  private static void grid(StringBuilder s, Axis y, double[] ticks, int x0, int x1, DoubleFunction<String> label) {
    for (double t : ticks) {
      s.append("<line x1=\"").append(x0).append("\" y1=\"").append(num(y.at(t))).append("\" x2=\"").append(x1).append("\" y2=\"")
          .append(num(y.at(t))).append("\" stroke=\"#e6e6e6\"/>\n");
      s.append("<text x=\"").append(x0 - 6).append("\" y=\"").append(num(y.at(t) + 4)).append("\" text-anchor=\"end\" font-size=\"10\">")
          .append(escape(label.apply(t))).append("</text>\n");
    }
  }

  private static StringBuilder open(int w, int h, String id, String title, String desc) {
    StringBuilder s = new StringBuilder(8192);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ").append(w).append(' ')
        .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" role=\"img\" aria-labelledby=\"")
        .append(escape(id)).append("-t ").append(escape(id)).append("-d\" font-family=\"Arial, Helvetica, sans-serif\">\n");
    s.append("<title id=\"").append(escape(id)).append("-t\">").append(escape(title)).append("</title>\n");
    s.append("<desc id=\"").append(escape(id)).append("-d\">").append(escape(desc)).append("</desc>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    return s;
  }

  private record Axis(double lo, double hi, double from, double to) {
    double at(double v) {
      return hi == lo ? (from + to) / 2 : from + (v - lo) / (hi - lo) * (to - from);
    }
  }

  /**
   * {@return round tick values covering lo to hi: about five steps of 1, 2 or 5 times a power of ten}
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
    double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    int n = (int) Math.round((last - first) / step) + 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = first + i * step;
    }
    return out;
  }

  private static String shortMoney(double v) {
    double a = Math.abs(v);
    String sign = v < 0 ? "-" : "";
    if (a >= 1e6) {
      return sign + String.format(Locale.ROOT, "%sm", trim(a / 1e6));
    }
    if (a >= 1e3) {
      return sign + String.format(Locale.ROOT, "%sk", trim(a / 1e3));
    }
    return sign + trim(a);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.equals("-0.00") ? "0.00" : s;
  }
}
