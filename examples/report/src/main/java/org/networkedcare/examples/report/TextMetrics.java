package org.networkedcare.examples.report;

/**
 * How wide text is drawn in the pack's font (Arial, Helvetica or Liberation Sans, which share their
 * metrics): the Helvetica advance widths of the Adobe font metrics, in thousandths of an em, for
 * printable ASCII; other characters count as 0.6 em, and bold text 10% wider. Used to lay charts
 * out so that no two labels overlap.
 */
final class TextMetrics {

  /** Advance widths of ' ' (32) to '~' (126), Helvetica, 1/1000 em. */
  private static final int[] WIDTHS = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p to ~
  };

  /** The ascent above the baseline, as a share of the font size (caps and accents). */
  static final double ASCENT = 0.8;

  /** The descent below the baseline, as a share of the font size. */
  static final double DESCENT = 0.22;

  private TextMetrics() {}

  /**
   * {@return the width of text in pixels}
   *
   * @param text the text
   * @param size the font size, pixels
   * @param bold whether it is bold
   */
  static double width(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      em +=
          c >= 32 && c <= 126 ? WIDTHS[c - 32] : c == '£' || c == '–' ? 556 : c == '…' ? 1000 : 600;
    }
    return em / 1000 * size * (bold ? 1.1 : 1);
  }

  /**
   * {@return the text, cut with an ellipsis to fit a width}
   *
   * @param text the text
   * @param size the font size
   * @param bold whether bold
   * @param max the widest it may be
   */
  static String fit(String text, double size, boolean bold, double max) {
    if (width(text, size, bold) <= max) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && width(cut + "…", size, bold) > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.stripTrailing() + "…";
  }
}
