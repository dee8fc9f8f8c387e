package org.networkedcare.core.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How a person reads a measure's values: one format per unit, the same in a board pack's matrix,
 * its charts and the assurance evidence. A measure whose unit is {@code percent} (or {@code %})
 * holds percentages and is written {@code 92.4%}; any other proportion holds a share from 0 to 1
 * and is written as a percentage with one decimal ({@code 0.9236} is {@code 92.4%}); a count is a
 * whole number with thousands separators ({@code 12,345}); a rate or a continuous value has three
 * significant figures, or whole numbers from 1,000 ({@code 0.0123}, {@code 4.56}, {@code 78.9},
 * {@code 1,234}). Numbers use '.' whatever the locale. Immutable and thread-safe.
 */
public final class MeasureFormat {

  private final boolean percentUnit;
  private final MeasureKind kind;

  private MeasureFormat(boolean percentUnit, MeasureKind kind) {
    this.percentUnit = percentUnit;
    this.kind = kind;
  }

  /**
   * {@return the format of a measure's values}
   *
   * @param measure the measure
   */
  public static MeasureFormat of(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    String unit = measure.unit().strip().toLowerCase(Locale.ROOT);
    return new MeasureFormat(unit.equals("percent") || unit.equals("%"), measure.kind());
  }

  /** {@return whether values are written as percentages} */
  public boolean isPercentage() {
    return percentUnit || kind == MeasureKind.PROPORTION;
  }

  /**
   * {@return the value as a percentage of the scale the values are on: 100 for a share from 0 to 1,
   * 1 for a value already in percent; 1 for values that are not percentages}
   */
  public double percentScale() {
    return percentUnit || kind != MeasureKind.PROPORTION ? 1 : 100;
  }

  /**
   * {@return a value as a person reads it}
   *
   * @param value the value, in the measure's unit
   */
  public String format(double value) {
    if (!Double.isFinite(value)) {
      return "–";
    }
    if (isPercentage()) {
      return String.format(Locale.ROOT, "%.1f%%", value * percentScale());
    }
    if (kind == MeasureKind.COUNT && value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    return significant(value);
  }

  /**
   * {@return an exact value as a person reads it}
   *
   * @param value the value, in the measure's unit
   */
  public String format(BigDecimal value) {
    return format(value.doubleValue());
  }

  /**
   * {@return an axis tick: like {@link #format(double)}, with no decimals a step of the axis does
   * not need}
   *
   * @param value the tick's value
   * @param step the distance between ticks
   */
  public String tick(double value, double step) {
    double scaled = isPercentage() ? value * percentScale() : value;
    double scaledStep = isPercentage() ? step * percentScale() : step;
    int decimals = Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(scaledStep) - 1e-9)));
    String text = String.format(Locale.ROOT, "%,." + decimals + "f", scaled);
    if (text.startsWith("-") && Double.parseDouble(text.replace(",", "")) == 0) {
      text = text.substring(1);
    }
    return isPercentage() ? text + "%" : text;
  }

  private static String significant(double value) {
    double a = Math.abs(value);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,d", Math.round(value));
    }
    if (a == 0) {
      return "0";
    }
    int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
    String text =
        new BigDecimal(String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "f", value))
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
