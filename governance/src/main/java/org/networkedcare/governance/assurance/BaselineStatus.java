package org.networkedcare.governance.assurance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.series.MeasureBaseline;

/**
 * Whether a measure at a site has a valid baseline for an agreement starting on a date (section 3's
 * rule): a baseline of the measure at the site whose period ends before the start, captured on or
 * before the start, with at least the policy's minimum number of points.
 *
 * @param state the state
 * @param baseline the valid baseline, when the state is {@link State#VALID}
 */
public record BaselineStatus(State state, Optional<MeasureBaseline> baseline) {

  /** The state of a baseline. */
  public enum State {
    /** A valid baseline exists. */
    VALID("valid"),
    /** No baseline whose period ends before the start. */
    MISSING("missing"),
    /** Only baselines captured after the start. */
    LATE("late"),
    /** Only baselines with too few points. */
    SHORT("short");

    private final String id;

    State(String id) {
      this.id = id;
    }

    /** {@return the identifier used in finding codes: {@code kpi-baseline-}id} */
    public String id() {
      return id;
    }
  }

  /**
   * Checks the parts are present.
   *
   * @param state the state
   * @param baseline the valid baseline, if any
   */
  public BaselineStatus {
    java.util.Objects.requireNonNull(state, "state");
    java.util.Objects.requireNonNull(baseline, "baseline");
  }

  /**
   * {@return the status of a measure at a site for an agreement start} Of several valid baselines,
   * the one captured last (then the latest period, then the identifier) is used.
   *
   * @param baselines all baselines of the document
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param start the agreement's start date
   * @param minimumPoints the policy's minimum number of points
   */
  public static BaselineStatus of(
      List<MeasureBaseline> baselines,
      String measure,
      OdsCode site,
      Optional<String> service,
      java.time.LocalDate start,
      int minimumPoints) {
    List<MeasureBaseline> before =
        baselines.stream()
            .filter(
                b ->
                    b.measure().equals(measure)
                        && b.site().equals(site)
                        && b.service().equals(service))
            .filter(b -> b.to().end().isBefore(start))
            .toList();
    if (before.isEmpty()) {
      return new BaselineStatus(State.MISSING, Optional.empty());
    }
    Optional<MeasureBaseline> valid =
        before.stream()
            .filter(b -> !b.capturedOn().isAfter(start) && b.points().size() >= minimumPoints)
            .max(
                Comparator.comparing(MeasureBaseline::capturedOn)
                    .thenComparing(MeasureBaseline::to)
                    .thenComparing(MeasureBaseline::id));
    if (valid.isPresent()) {
      return new BaselineStatus(State.VALID, valid);
    }
    boolean late = before.stream().anyMatch(b -> b.capturedOn().isAfter(start));
    return new BaselineStatus(late ? State.LATE : State.SHORT, Optional.empty());
  }
}
