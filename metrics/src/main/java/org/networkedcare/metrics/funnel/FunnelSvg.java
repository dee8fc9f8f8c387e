package org.networkedcare.metrics.funnel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Draws a funnel plot as a static, self-contained SVG 1.1 document for a board pack: the sites as
 * points, the 95% and 99.8% limit curves in force, the target line, the outliers labelled with
 * their site, axis ticks, axis labels, a legend and a title.
 *
 * <p>Written by hand because no well-kept permissive Java charting library writes clean static SVG
 * without AWT (JFreeChart needs JFreeSVG and java.desktop) or a large dependency tree. The output
 * is deterministic (the same result and labels give the same bytes; numbers are written with '.'
 * whatever the default locale) and all text is escaped. Outlier points are coloured by their
 * judgement: red unfavourable, blue favourable, amber when the measure has no direction (so an
 * improvement direction must be given in the options for outliers to be judged). Outliers are
 * labelled where a label overlaps no other one; an outlier left without room keeps its tooltip.
 */
public final class FunnelSvg {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 520;
  private static final int LEFT = 80;
  private static final int RIGHT = 30;
  private static final int TOP = 56;
  private static final int BOTTOM = 84;
  private static final String COLOUR_95 = "#1f77b4";
  private static final String COLOUR_998 = "#9467bd";

  private FunnelSvg() {}

  /**
   * {@return the chart as an SVG document}
   *
   * @param result the analysis to draw
   * @param title the chart title
   * @param xLabel the label of the x axis (the denominator)
   * @param yLabel the label of the y axis (the value)
   */
  public static String render(FunnelResult result, String title, String xLabel, String yLabel) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xLabel, "xLabel");
    Objects.requireNonNull(yLabel, "yLabel");
    List<FunnelSite> sites = result.sites();
    double xMax = 0;
    double yLo = result.target();
    double yHi = result.target();
    for (FunnelSite s : sites) {
      xMax = Math.max(xMax, s.denominator());
      yLo = Math.min(yLo, Math.min(s.value(), s.limits().lower998()));
      yHi = Math.max(yHi, Math.max(s.value(), s.limits().upper998()));
    }
    double pad = (yHi - yLo) * 0.05;
    if (pad == 0) {
      pad = Math.max(Math.abs(yHi) * 0.05, 0.05);
    }
    yLo -= pad;
    yHi += pad;
    if (result.options().type() == IndicatorType.PROPORTION) {
      yLo = Math.max(yLo, 0);
      yHi = Math.min(yHi, 1);
    } else {
      yLo = Math.max(yLo, 0);
    }
    double[] xTicks = ticks(0, xMax * 1.05);
    double[] yTicks = ticks(yLo, yHi);
    Axis x = new Axis(0, xTicks[xTicks.length - 1], LEFT, WIDTH - RIGHT);
    Axis y = new Axis(yTicks[0], yTicks[yTicks.length - 1], HEIGHT - BOTTOM, TOP);

    StringBuilder svg = new StringBuilder(16_384 + 200 * sites.size());
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"12\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<defs><clipPath id=\"plot\"><rect x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(WIDTH - LEFT - RIGHT)
        .append("\" height=\"")
        .append(HEIGHT - TOP - BOTTOM)
        .append("\"/></clipPath></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("<text x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>\n");

    // Axes, ticks and grid.
    svg.append("<g stroke=\"#dddddd\" stroke-width=\"1\">\n");
    for (double t : yTicks) {
      line(svg, LEFT, y.at(t), WIDTH - RIGHT, y.at(t));
    }
    svg.append("</g>\n<g stroke=\"#333333\" stroke-width=\"1\">\n");
    line(svg, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    line(svg, LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    for (double t : xTicks) {
      line(svg, x.at(t), HEIGHT - BOTTOM, x.at(t), HEIGHT - BOTTOM + 5);
    }
    for (double t : yTicks) {
      line(svg, LEFT - 5, y.at(t), LEFT, y.at(t));
    }
    svg.append("</g>\n<g fill=\"#333333\">\n");
    for (double t : xTicks) {
      svg.append("<text x=\"")
          .append(num(x.at(t)))
          .append("\" y=\"")
          .append(HEIGHT - BOTTOM + 18)
          .append("\" text-anchor=\"middle\">")
          .append(label(t, xTicks))
          .append("</text>\n");
    }
    for (double t : yTicks) {
      svg.append("<text x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(num(y.at(t) + 4))
          .append("\" text-anchor=\"end\">")
          .append(label(t, yTicks))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append((LEFT + WIDTH - RIGHT) / 2)
        .append("\" y=\"")
        .append(HEIGHT - BOTTOM + 40)
        .append("\" text-anchor=\"middle\">")
        .append(escape(xLabel))
        .append("</text>\n");
    int midY = (TOP + HEIGHT - BOTTOM) / 2;
    svg.append("<text x=\"18\" y=\"")
        .append(midY)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 18 ")
        .append(midY)
        .append(")\">")
        .append(escape(yLabel))
        .append("</text>\n");
    svg.append("</g>\n");

    // Limits, target and points, clipped to the plot area.
    svg.append("<g clip-path=\"url(#plot)\" fill=\"none\" stroke-width=\"1.5\">\n");
    List<CurvePoint> curve = result.curve();
    curve(svg, curve, x, y, l -> l.lower998(), COLOUR_998, "6 3");
    curve(svg, curve, x, y, l -> l.upper998(), COLOUR_998, "6 3");
    curve(svg, curve, x, y, l -> l.lower95(), COLOUR_95, "");
    curve(svg, curve, x, y, l -> l.upper95(), COLOUR_95, "");
    svg.append("<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(num(y.at(result.target())))
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y2=\"")
        .append(num(y.at(result.target())))
        .append("\" stroke=\"#2ca02c\"/>\n");
    svg.append("</g>\n<g clip-path=\"url(#plot)\" stroke=\"#333333\" stroke-width=\"0.5\">\n");
    for (FunnelSite s : sites) {
      svg.append("<circle cx=\"")
          .append(num(x.at(s.denominator())))
          .append("\" cy=\"")
          .append(num(y.at(s.value())))
          .append("\" r=\"3.5\" fill=\"")
          .append(fill(s.judgement()))
          .append("\"><title>")
          .append(escape(s.site()))
          .append("</title></circle>\n");
    }
    svg.append("</g>\n<g fill=\"#111111\" font-size=\"10\">\n");
    // Outliers are labelled, each in the first place around its point (right, left, above, below)
    // where its label overlaps no other label and stays in the plot; one with no free place keeps
    // its tooltip only, so that labels never pile on one another.
    List<double[]> placed = new java.util.ArrayList<>();
    for (FunnelSite s : sites) {
      if (s.outlier() == Outlier.NONE) {
        continue;
      }
      double cx = x.at(s.denominator());
      double cy = y.at(s.value());
      double w = labelWidth(s.site());
      double[][] places = {
        {cx + 6, cy + 3.5, 0},
        {cx - 6 - w, cy + 3.5, 1},
        {cx - w / 2, cy - 7, 2},
        {cx - w / 2, cy + 15, 3}
      };
      for (double[] at : places) {
        double[] box = {at[0], at[1] - 9, at[0] + w, at[1] + 2.5};
        boolean free =
            box[0] >= LEFT && box[2] <= WIDTH - RIGHT && box[1] >= TOP && box[3] <= HEIGHT - BOTTOM;
        for (double[] b : placed) {
          free &= box[2] <= b[0] || b[2] <= box[0] || box[3] <= b[1] || b[3] <= box[1];
        }
        if (free) {
          placed.add(box);
          svg.append("<text x=\"")
              .append(num(at[0]))
              .append("\" y=\"")
              .append(num(at[1]))
              .append("\">")
              .append(escape(s.site()))
              .append("</text>\n");
          break;
        }
      }
    }
    svg.append("</g>\n");

    // Legend.
    int ly = HEIGHT - 22;
    svg.append("<g font-size=\"11\" fill=\"#333333\">\n");
    legend(svg, LEFT, ly, COLOUR_95, "", "95% limits");
    legend(svg, LEFT + 130, ly, COLOUR_998, "6 3", "99.8% limits");
    legend(svg, LEFT + 260, ly, "#2ca02c", "", "target " + escape(shortNumber(result.target())));
    String note =
        "adjustment: "
            + result.adjustment().id()
            + (result.phi().isPresent() ? ", phi " + shortNumber(result.phi().getAsDouble()) : "")
            + (result.tau2().isPresent()
                ? ", tau2 " + shortNumber(result.tau2().getAsDouble())
                : "");
    svg.append("<text x=\"")
        .append(LEFT + 420)
        .append("\" y=\"")
        .append(ly + 4)
        .append("\">")
        .append(escape(note))
        .append("</text>\n");
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /**
   * A label's width at 10 px: 0.6 em a character, a bound on Arial's and Helvetica's widths for
   * codes and names.
   */
  static double labelWidth(String text) {
    return 6.0 * text.length();
  }

  private static void legend(
      StringBuilder svg, int x, int y, String colour, String dash, String text) {
    svg.append("<line x1=\"")
        .append(x)
        .append("\" y1=\"")
        .append(y)
        .append("\" x2=\"")
        .append(x + 24)
        .append("\" y2=\"")
        .append(y)
        .append("\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"1.5\"")
        .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append("/>\n");
    svg.append("<text x=\"")
        .append(x + 30)
        .append("\" y=\"")
        .append(y + 4)
        .append("\">")
        .append(text)
        .append("</text>\n");
  }

  private static String fill(OutlierJudgement judgement) {
    return switch (judgement) {
      case WITHIN -> "#bbbbbb";
      case FAVOURABLE -> "#1f77b4";
      case UNFAVOURABLE -> "#d62728";
      case UNJUDGED -> "#ff9f0e";
    };
  }

  private static void curve(
      StringBuilder svg,
      List<CurvePoint> curve,
      Axis x,
      Axis y,
      ToDoubleFunction<Limits> limit,
      String colour,
      String dash) {
    svg.append("<polyline stroke=\"").append(colour).append('"');
    if (!dash.isEmpty()) {
      svg.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    svg.append(" points=\"");
    boolean first = true;
    for (CurvePoint p : curve) {
      if (!first) {
        svg.append(' ');
      }
      first = false;
      svg.append(num(x.at(p.denominator())))
          .append(',')
          .append(num(y.at(limit.applyAsDouble(p.limits()))));
    }
    svg.append("\"/>\n");
  }

  private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
    svg.append("<line x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\"/>\n");
  }

  /** A linear axis from data to pixels; far-off points are pinned well outside the plot. */
  private record Axis(double lo, double hi, double from, double to) {
    double at(double v) {
      double p = from + (v - lo) / (hi - lo) * (to - from);
      if (Double.isNaN(p)) {
        return from;
      }
      return Math.max(-10_000, Math.min(10_000, p));
    }
  }

  /** About five round ticks (1, 2 or 5 times a power of ten) covering [lo, hi]. */
  static double[] ticks(double lo, double hi) {
    if (!(hi > lo)) {
      hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
    }
    double raw = (hi - lo) / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step =
        raw / power <= 1
            ? power
            : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
    long first = (long) Math.floor(lo / step + 1e-9);
    long last = (long) Math.ceil(hi / step - 1e-9);
    double[] out = new double[(int) (last - first + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (first + i) * step;
    }
    return out;
  }

  private static String label(double value, double[] ticks) {
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    return fixed(value, decimals);
  }

  private static String shortNumber(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static String num(double v) {
    return fixed(v, 2);
  }

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * {@return {@code String.format(Locale.ROOT, "%.<decimals>f", v)}, without the formatter} The
   * scaled value {@code |v| 10^decimals} is rounded to a whole number directly when it is below 1e9
   * and at least 1e-6 away from a half: the formatter rounds the decimal digits of v half up, and
   * those digits (within an ulp of v) and the computed product are then within 2e-7 of the exact
   * scaled value, so both round the same way. Near halves, at zero, for a negative value that
   * rounds to zero ({@code -0.00}), beyond 1e9 or not finite, the formatter itself is asked.
   *
   * @param decimals 0 to 6
   */
  static String fixed(double v, int decimals) {
    double a = Math.abs(v);
    if (decimals < 0 || decimals >= POWERS.length || !(a < 1e9) || v == 0) {
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    long power = POWERS[decimals];
    double scaled = a * power;
    double whole = Math.floor(scaled);
    double fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) < 1e-6 || !(scaled < 1e9)) {
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    long n = (long) whole + (fraction > 0.5 ? 1 : 0);
    if (n == 0 && v < 0) {
      return String.format(Locale.ROOT, "%." + decimals + "f", v); // "-0.00"
    }
    StringBuilder out = new StringBuilder(24);
    if (v < 0) {
      out.append('-');
    }
    out.append(n / power);
    if (decimals > 0) {
      out.append('.');
      String digits = Long.toString(n % power + power);
      out.append(digits, 1, digits.length());
    }
    return out.toString();
  }

  /** Escapes text for SVG character data and attribute values. */
  static String escape(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    if (plain) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' '); // not allowed in XML 1.0
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
