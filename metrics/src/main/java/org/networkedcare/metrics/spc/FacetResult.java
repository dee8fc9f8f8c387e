package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The SPC chart of one facet: every point in date order with its verdict, and one summary per
 * segment. Immutable; points are made on demand from primitive arrays.
 */
public final class FacetResult {

  /**
   * The limit lines, NaN where they do not exist: one entry per segment, or per point when the
   * limits vary with the denominator.
   */
  record Lines(
      double[] lower, double[] upper, double[] nearLower, double[] nearUpper, boolean perPoint) {}

  private static final SpecialCause[] CAUSES = SpecialCause.values();
  private static final PointType[] TYPES = PointType.values();

  /** Each special cause as an Optional, made once. */
  @SuppressWarnings("unchecked")
  private static final Optional<SpecialCause>[] SOME_CAUSE =
      java.util.Arrays.stream(CAUSES).map(Optional::of).toArray(Optional[]::new);

  private final ChartType chart;
  private final SpcSeries series;
  private final int[] segmentOf;
  private final int[] segmentNumber;
  private final double[] mean;
  private final Lines lines;
  private final byte[] cause;
  private final byte[] type;
  private final List<SegmentSummary> segments;
  private final VariationIcon icon;
  private final Optional<Assurance> assurance;
  private final OptionalDouble target;

  FacetResult(
      ChartType chart,
      SpcSeries series,
      int[] segmentOf,
      int[] segmentNumber,
      double[] mean,
      Lines lines,
      byte[] cause,
      byte[] type,
      List<SegmentSummary> segments,
      VariationIcon icon,
      Optional<Assurance> assurance,
      OptionalDouble target) {
    this.chart = chart;
    this.series = series;
    this.segmentOf = segmentOf;
    this.segmentNumber = segmentNumber;
    this.mean = mean;
    this.lines = lines;
    this.cause = cause;
    this.type = type;
    this.segments = List.copyOf(segments);
    this.icon = icon;
    this.assurance = assurance;
    this.target = target;
  }

  /** {@return the kind of chart} */
  public ChartType chart() {
    return chart;
  }

  /** {@return the facet's name; {@code ""} for a chart without facets} */
  public String facet() {
    return series.facet();
  }

  /** {@return the number of points} */
  public int size() {
    return series.size();
  }

  /**
   * {@return one point, in date order}
   *
   * @param index 0-based position in date order
   */
  public SpcPoint point(int index) {
    int s = segmentOf[index];
    int at = lines.perPoint() ? index : s;
    byte c = cause[index];
    return new SpcPoint(
        series.date(index),
        series.value(index),
        segmentNumber[s],
        optional(mean[s]),
        optional(lines.lower()[at]),
        optional(lines.upper()[at]),
        optional(lines.nearLower()[at]),
        optional(lines.nearUpper()[at]),
        c == 0 ? Optional.empty() : Optional.of(CAUSES[c - 1]),
        TYPES[type[index]]);
  }

  /**
   * {@return a point's value, NaN when missing} {@code point(index).value()} without making the
   * point, for writers of many points.
   *
   * @param index 0-based position in date order
   */
  public double valueOrNaN(int index) {
    return series.rawValues()[index];
  }

  /**
   * {@return a point's segment number} {@code point(index).segment()} without making the point.
   *
   * @param index 0-based position in date order
   */
  public int segment(int index) {
    return segmentNumber[segmentOf[index]];
  }

  /**
   * {@return a point's centre line, NaN where there is none} {@code point(index).mean()} without
   * making the point.
   *
   * @param index 0-based position in date order
   */
  public double meanOrNaN(int index) {
    return mean[segmentOf[index]];
  }

  /**
   * {@return a point's lower process limit, NaN where there is none} {@code
   * point(index).lowerLimit()} without making the point.
   *
   * @param index 0-based position in date order
   */
  public double lowerLimitOrNaN(int index) {
    return lines.lower()[lines.perPoint() ? index : segmentOf[index]];
  }

  /**
   * {@return a point's upper process limit, NaN where there is none} {@code
   * point(index).upperLimit()} without making the point.
   *
   * @param index 0-based position in date order
   */
  public double upperLimitOrNaN(int index) {
    return lines.upper()[lines.perPoint() ? index : segmentOf[index]];
  }

  /**
   * {@return the rule that marked a point, if any} {@code point(index).specialCause()} without
   * making the point.
   *
   * @param index 0-based position in date order
   */
  public Optional<SpecialCause> specialCause(int index) {
    byte c = cause[index];
    return c == 0 ? Optional.empty() : SOME_CAUSE[c - 1];
  }

  /**
   * {@return the date of one point}
   *
   * @param index 0-based position in date order
   */
  public LocalDate date(int index) {
    return series.date(index);
  }

  /**
   * {@return the point type of one point, without making the whole point}
   *
   * @param index 0-based position in date order
   */
  public PointType pointType(int index) {
    return TYPES[type[index]];
  }

  /** {@return every point in date order (a view; points are made as they are read)} */
  public List<SpcPoint> points() {
    return new AbstractList<>() {
      @Override
      public SpcPoint get(int index) {
        return point(index);
      }

      @Override
      public int size() {
        return series.size();
      }
    };
  }

  /** {@return one summary per segment, in segment order} */
  public List<SegmentSummary> segments() {
    return segments;
  }

  /** {@return the variation icon, from the point type of the facet's latest point} */
  public VariationIcon variationIcon() {
    return icon;
  }

  /** {@return the assurance against the facet's target; empty without a target or when neutral} */
  public Optional<Assurance> assurance() {
    return assurance;
  }

  /** {@return the facet's target, if any} */
  public OptionalDouble target() {
    return target;
  }

  static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
