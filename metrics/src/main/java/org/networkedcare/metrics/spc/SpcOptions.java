package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * The options of an SPC analysis: the kind of chart, improvement direction, targets, rebase dates,
 * a fixed baseline and the screening of moving ranges. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: chart {@link ChartType#XMR}, direction {@link ImprovementDirection#INCREASE}, no
 * target, no rebase, limits from every point of a segment, screening on.
 */
public final class SpcOptions {

  /** The smallest allowed {@code fixAfter}: limits are never fixed on fewer than 12 points. */
  public static final int MIN_FIX_AFTER = 12;

  private final ChartType chart;
  private final ImprovementDirection improvement;
  private final OptionalDouble target;
  private final Map<String, Double> facetTargets;
  private final List<LocalDate> rebase;
  private final Map<String, List<LocalDate>> facetRebase;
  private final OptionalInt fixAfter;
  private final boolean screening;

  private SpcOptions(Builder b) {
    this.chart = b.chart;
    this.improvement = b.improvement;
    this.target = b.target;
    this.facetTargets = Map.copyOf(b.facetTargets);
    this.rebase = List.copyOf(new TreeSet<>(b.rebase));
    Map<String, List<LocalDate>> copy = new LinkedHashMap<>();
    b.facetRebase.forEach((facet, dates) -> copy.put(facet, List.copyOf(new TreeSet<>(dates))));
    this.facetRebase = Map.copyOf(copy);
    this.fixAfter = b.fixAfter;
    this.screening = b.screening;
  }

  /** {@return the default options} */
  public static SpcOptions defaults() {
    return builder().build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind of chart} */
  public ChartType chart() {
    return chart;
  }

  /** {@return the improvement direction} */
  public ImprovementDirection improvement() {
    return improvement;
  }

  /** {@return the one target for every facet, in the measure's unit, if given} */
  public OptionalDouble target() {
    return target;
  }

  /** {@return the targets per facet, if given that way (empty otherwise)} */
  public Map<String, Double> facetTargets() {
    return facetTargets;
  }

  /**
   * {@return the target of one facet: the common target, or the facet's own, or empty}
   *
   * @param facet the facet's name
   */
  public OptionalDouble targetFor(String facet) {
    if (target.isPresent()) {
      return target;
    }
    Double t = facetTargets.get(facet);
    return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
  }

  /** {@return the rebase dates applying to every facet, sorted, without repeats} */
  public List<LocalDate> rebase() {
    return rebase;
  }

  /** {@return the rebase dates per facet, if given that way (empty otherwise)} */
  public Map<String, List<LocalDate>> facetRebase() {
    return facetRebase;
  }

  /**
   * {@return the rebase dates of one facet, sorted}
   *
   * @param facet the facet's name
   */
  public List<LocalDate> rebaseFor(String facet) {
    if (!rebase.isEmpty()) {
      return rebase;
    }
    return facetRebase.getOrDefault(facet, List.of());
  }

  /** {@return the number of leading rows of each segment the limits are computed from, if fixed} */
  public OptionalInt fixAfter() {
    return fixAfter;
  }

  /**
   * {@return whether moving ranges at or above 3.267 times their mean are screened out} This
   * applies to the moving ranges of an XmR chart, of a t chart's transformed values and of the
   * z-scores of p' and u' charts (qicharts2's {@code qic.screenedmr}, on by default there too).
   */
  public boolean screening() {
    return screening;
  }

  /** Collects options; {@link #build()} checks them all at once. Not thread-safe. */
  public static final class Builder {
    private ChartType chart = ChartType.XMR;
    private ImprovementDirection improvement = ImprovementDirection.INCREASE;
    private OptionalDouble target = OptionalDouble.empty();
    private final Map<String, Double> facetTargets = new LinkedHashMap<>();
    private final List<LocalDate> rebase = new ArrayList<>();
    private final Map<String, List<LocalDate>> facetRebase = new LinkedHashMap<>();
    private OptionalInt fixAfter = OptionalInt.empty();
    private boolean screening = true;
    private final List<Problem> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the kind of chart.
     *
     * @param chart the chart type
     * @return this builder
     */
    public Builder chart(ChartType chart) {
      this.chart = Objects.requireNonNull(chart, "chart");
      return this;
    }

    /**
     * Sets the improvement direction. For g and t charts of adverse events, improvement is more
     * opportunities or time between events: {@link ImprovementDirection#INCREASE}, the default.
     *
     * @param improvement the direction
     * @return this builder
     */
    public Builder improvement(ImprovementDirection improvement) {
      this.improvement = Objects.requireNonNull(improvement, "improvement");
      return this;
    }

    /**
     * Sets one target for every facet (cannot be combined with per-facet targets).
     *
     * @param value the target, in the measure's unit; must be finite
     * @return this builder
     */
    public Builder target(double value) {
      if (!Double.isFinite(value)) {
        problems.add(
            new Problem("/target", "spc.non-finite", "option target: " + value + " is not finite"));
      }
      this.target = OptionalDouble.of(value);
      return this;
    }

    /**
     * Sets the target of one facet (cannot be combined with a target for every facet).
     *
     * @param facet the facet's name; it must have data
     * @param value the target, in the measure's unit; must be finite
     * @return this builder
     */
    public Builder target(String facet, double value) {
      Objects.requireNonNull(facet, "facet");
      if (!Double.isFinite(value)) {
        problems.add(
            new Problem(
                "/target" + Problem.token(facet),
                "spc.non-finite",
                "option target for facet '" + facet + "': " + value + " is not finite"));
      }
      facetTargets.put(facet, value);
      return this;
    }

    /**
     * Adds rebase dates for every facet (cannot be combined with per-facet rebase dates). A date
     * that is not a date of a series is ignored and reported in the result's warnings.
     *
     * @param dates the dates at which a new segment starts
     * @return this builder
     */
    public Builder rebase(LocalDate... dates) {
      for (LocalDate date : dates) {
        rebase.add(Objects.requireNonNull(date, "date"));
      }
      return this;
    }

    /**
     * Adds rebase dates for one facet (cannot be combined with rebase dates for every facet).
     *
     * @param facet the facet's name; it must have data
     * @param dates the dates at which a new segment of that facet starts
     * @return this builder
     */
    public Builder rebase(String facet, LocalDate... dates) {
      Objects.requireNonNull(facet, "facet");
      List<LocalDate> list = facetRebase.computeIfAbsent(facet, f -> new ArrayList<>());
      for (LocalDate date : dates) {
        list.add(Objects.requireNonNull(date, "date"));
      }
      return this;
    }

    /**
     * Fixes the limits of each segment on its first {@code n} rows (rows with a missing value
     * count). A segment shorter than {@code n} uses all its rows.
     *
     * @param n the number of rows, at least {@value SpcOptions#MIN_FIX_AFTER}
     * @return this builder
     */
    public Builder fixAfter(int n) {
      if (n < MIN_FIX_AFTER) {
        problems.add(
            new Problem(
                "/fixAfter",
                "spc.fix-after",
                "option fixAfter: " + n + " is below " + MIN_FIX_AFTER));
      }
      this.fixAfter = OptionalInt.of(n);
      return this;
    }

    /**
     * Switches the screening of large moving ranges on (the default, as NHSRplotthedots) or off (as
     * the Making Data Count Excel tools).
     *
     * @param on whether to screen
     * @return this builder
     */
    public Builder screening(boolean on) {
      this.screening = on;
      return this;
    }

    /**
     * {@return the options}
     *
     * @throws ValidationException when an option is out of range or both forms of target or rebase
     *     were given, naming the option
     */
    public SpcOptions build() {
      List<Problem> all = new ArrayList<>(problems);
      if (target.isPresent() && !facetTargets.isEmpty()) {
        all.add(
            new Problem(
                "/target",
                "spc.target-mixed",
                "option target: give one target for every facet or targets per facet, not both"));
      }
      if (!rebase.isEmpty() && !facetRebase.isEmpty()) {
        all.add(
            new Problem(
                "/rebase",
                "spc.rebase-mixed",
                "option rebase: give dates for every facet or dates per facet, not both"));
      }
      if (!all.isEmpty()) {
        throw new ValidationException(all);
      }
      return new SpcOptions(this);
    }
  }
}
