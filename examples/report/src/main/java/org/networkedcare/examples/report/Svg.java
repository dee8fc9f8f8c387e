package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One chart being drawn: its elements, and the box of every label placed so far, so that a label
 * that would overlap another is moved or left out ({@link #tryText}) and the layout can be checked.
 */
final class Svg {

  /** A label's box, in pixels. */
  record Box(double x0, double y0, double x1, double y1) {
    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
  }

  private final StringBuilder s = new StringBuilder(8192);
  private final List<Box> boxes = new ArrayList<>();
  final int width;
  final int height;

  Svg(int width, int height, String id, String title, String desc) {
    this.width = width;
    this.height = height;
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
        .append(escape(id))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(escape(id))
        .append("-t ")
        .append(escape(id))
        .append("-d\" font-family=\"Arial, Helvetica, 'Liberation Sans', sans-serif\">\n");
    s.append("<title id=\"")
        .append(escape(id))
        .append("-t\">")
        .append(escape(title))
        .append("</title>\n");
    s.append("<desc id=\"")
        .append(escape(id))
        .append("-d\">")
        .append(escape(desc))
        .append("</desc>\n");
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
  }

  /** Appends raw markup (shapes). */
  Svg raw(String markup) {
    s.append(markup);
    return this;
  }

  static Box box(double x, double y, String anchor, double size, boolean bold, String text) {
    double w = TextMetrics.width(text, size, bold);
    double x0 =
        switch (anchor) {
          case "middle" -> x - w / 2;
          case "end" -> x - w;
          default -> x;
        };
    return new Box(x0, y - TextMetrics.ASCENT * size, x0 + w, y + TextMetrics.DESCENT * size);
  }

  /** Whether a label would overlap one already placed, or leave the chart. */
  boolean fits(Box b) {
    if (b.x0() < 0 || b.y0() < 0 || b.x1() > width || b.y1() > height) {
      return false;
    }
    for (Box o : boxes) {
      if (o.overlaps(b)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Places a label whatever it overlaps (layout guarantees it does not: titles, ticks, legends).
   */
  Svg text(
      double x,
      double y,
      String anchor,
      double size,
      boolean bold,
      String fill,
      String text,
      String cls) {
    boxes.add(box(x, y, anchor, size, bold, text));
    element(x, y, anchor, size, bold, fill, text, cls, "");
    return this;
  }

  /** Places a label only where it overlaps nothing; {@return whether it was placed} */
  boolean tryText(
      double x,
      double y,
      String anchor,
      double size,
      boolean bold,
      String fill,
      String text,
      String cls) {
    Box b = box(x, y, anchor, size, bold, text);
    if (!fits(b)) {
      return false;
    }
    boxes.add(b);
    element(x, y, anchor, size, bold, fill, text, cls, "");
    return true;
  }

  /**
   * A label turned a quarter turn anticlockwise about its anchor, centred there (a y-axis title).
   */
  Svg verticalText(double x, double y, double size, String text, String cls) {
    double w = TextMetrics.width(text, size, false);
    boxes.add(
        new Box(
            x - TextMetrics.ASCENT * size, y - w / 2, x + TextMetrics.DESCENT * size, y + w / 2));
    element(
        x,
        y,
        "middle",
        size,
        false,
        "#212b32",
        text,
        cls,
        " transform=\"rotate(-90 " + num(x) + " " + num(y) + ")\"");
    return this;
  }

  private void element(
      double x,
      double y,
      String anchor,
      double size,
      boolean bold,
      String fill,
      String text,
      String cls,
      String extra) {
    s.append("<text");
    if (!cls.isEmpty()) {
      s.append(" class=\"").append(cls).append('"');
    }
    s.append(" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (!anchor.equals("start")) {
      s.append(" text-anchor=\"").append(anchor).append('"');
    }
    s.append(" font-size=\"").append(trim(size)).append('"');
    if (bold) {
      s.append(" font-weight=\"bold\"");
    }
    if (!fill.isEmpty()) {
      s.append(" fill=\"").append(fill).append('"');
    }
    s.append(extra).append('>').append(escape(text)).append("</text>\n");
  }

  String close() {
    return s.append("</svg>\n").toString();
  }

  static String num(double v) {
    String t = String.format(Locale.ROOT, "%.2f", v);
    return t.equals("-0.00") ? "0.00" : t;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
