package org.networkedcare.examples.report;

import java.util.Locale;

/**
 * How the page writes money, shares and counts: the same functions the tests use to compare the
 * page with the JSON. A measure's values are written by {@link
 * org.networkedcare.core.measure.MeasureFormat}, one format per unit.
 */
public final class Format {

  private Format() {}

  /**
   * {@return pounds with a thousands separator and no pence, such as {@code £2,923,901} or {@code
   * -£19,450}}
   *
   * @param pounds the amount
   */
  public static String money(double pounds) {
    long whole = Math.round(pounds);
    return (whole < 0 ? "-" : "") + "£" + String.format(Locale.ROOT, "%,d", Math.abs(whole));
  }

  /**
   * {@return a share as a percentage with one decimal, such as {@code 93.5%}}
   *
   * @param share the share, 0 to 1
   */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /**
   * {@return a ratio with two decimals, or a dash when it does not exist}
   *
   * @param ratio the ratio, NaN when none
   */
  public static String ratio(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio);
  }

  /**
   * {@return a p-value with three decimals, or {@code < 0.001}}
   *
   * @param p the p-value, 0 to 1
   */
  public static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /**
   * {@return a whole number with a thousands separator}
   *
   * @param value the value
   */
  public static String count(double value) {
    return String.format(Locale.ROOT, "%,d", Math.round(value));
  }

  /**
   * {@return text escaped for HTML and XML}
   *
   * @param text the text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
