package org.networkedcare.governance.escalation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A failure trigger agreed up front, or a red line (a trigger with a {@link #consequence()} and no
 * severity of its own). It watches a measure at sites of its agreement (default: all of them).
 *
 * <p>JSON: {@code {"id": "T1", "measure": "rtt-18wk", "sites": ["RHA01"], "condition": Condition,
 * "severity": "high", "level": 2, "clearAfter": 3}}; a red line has {@code "consequence": "review"}
 * instead of a severity, and its level, when given, is the route's top.
 *
 * @param id the trigger's identifier, unique within its agreement
 * @param measure the measure watched
 * @param sites the sites watched; empty means every site of the agreement
 * @param condition what fires it
 * @param severity its severity (reference data {@code severities}); empty for a red line
 * @param level the escalation level it opens (1-based); a red line opens the route's top
 * @param consequence for a red line, its consequence (reference data {@code red-line-consequences})
 * @param clearAfter consecutive available periods without the condition that close an episode;
 *     empty means the condition's {@code periods}
 */
public record Trigger(
    String id,
    String measure,
    List<OdsCode> sites,
    Condition condition,
    Optional<String> severity,
    OptionalInt level,
    Optional<String> consequence,
    OptionalInt clearAfter) {

  /** The kind of a condition. */
  public enum Kind {
    /** The value is on the bad side of a number. */
    THRESHOLD("threshold"),
    /** The agreement's KPI on the measure at the site is not met. */
    KPI("kpi"),
    /** A Making Data Count signal. */
    SPC("spc");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /** The side of a threshold that fires. */
  public enum Side {
    /** Strictly below the number. */
    BELOW("below"),
    /** Strictly above the number. */
    ABOVE("above");

    private final String id;

    Side(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /** The SPC signal an {@code spc} condition looks for. */
  public enum Signal {
    /** The point is special cause concern. */
    CONCERN("concern"),
    /** The point is outside the limits on the concerning side. */
    OUTSIDE_CONCERN("outside-concern"),
    /** The KPI standard, as a target, is consistently failed. */
    ASSURANCE_FAIL("assurance-fail");

    private final String id;

    Signal(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }
  }

  /**
   * A trigger's condition.
   *
   * <p>JSON: {@code {"type": "threshold", "side": "below", "value": 0.90, "periods": 3}}, {@code
   * {"type": "kpi", "periods": 2}} or {@code {"type": "spc", "signal": "concern"}}; {@code periods}
   * defaults to 1.
   *
   * @param kind the kind
   * @param side for a threshold, the side that fires
   * @param threshold for a threshold, the number
   * @param periods consecutive periods needed (at least 1); for {@code spc}, 1
   * @param signal for {@code spc}, the signal
   */
  public record Condition(
      Kind kind,
      Optional<Side> side,
      Optional<BigDecimal> threshold,
      int periods,
      Optional<Signal> signal) {

    /**
     * Checks the condition: a threshold has a side and a number, an {@code spc} condition a signal
     * ({@code trigger.condition}); {@code periods} at least 1 ({@code range}).
     *
     * @param kind the kind
     * @param side the side
     * @param threshold the number
     * @param periods consecutive periods
     * @param signal the signal
     */
    public Condition {
      Problems problems = Problems.collector();
      boolean parts =
          problems.at("type").required(kind)
              & problems.at("side").required(side)
              & problems.at("value").required(threshold)
              & problems.at("signal").required(signal);
      problems.at("periods").check(periods >= 1, "range", "periods is at least 1");
      if (parts) {
        if (kind == Kind.THRESHOLD) {
          problems
              .at("side")
              .check(side.isPresent(), "trigger.condition", "a threshold names its side");
          problems
              .at("value")
              .check(threshold.isPresent(), "trigger.condition", "a threshold names its value");
        }
        if (kind == Kind.SPC) {
          problems
              .at("signal")
              .check(signal.isPresent(), "trigger.condition", "an spc condition names its signal");
        }
      }
      problems.throwIfAny();
    }

    /**
     * {@return a threshold condition}
     *
     * @param side the side that fires
     * @param value the number
     * @param periods consecutive periods
     */
    public static Condition threshold(Side side, BigDecimal value, int periods) {
      return new Condition(
          Kind.THRESHOLD, Optional.of(side), Optional.of(value), periods, Optional.empty());
    }

    /**
     * {@return whether the side is allowed for a direction: the bad side, or either when neutral}
     *
     * @param direction the measure's improvement direction
     */
    public boolean sideFits(ImprovementDirection direction) {
      return side.map(
              s ->
                  switch (direction) {
                    case INCREASE -> s == Side.BELOW;
                    case DECREASE -> s == Side.ABOVE;
                    case NEUTRAL -> true;
                  })
          .orElse(true);
    }
  }

  /**
   * Checks the trigger: parts present; a plain trigger has a severity and a level, a red line has
   * no severity ({@code redline.severity}); the level and {@code clearAfter} are positive ({@code
   * range}).
   *
   * @param id the identifier
   * @param measure the measure
   * @param sites the sites, empty for all
   * @param condition the condition
   * @param severity the severity, plain triggers only
   * @param level the level opened
   * @param consequence the consequence, red lines only
   * @param clearAfter the clearing periods
   */
  public Trigger {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("measure").required(measure);
    if (problems.at("sites").required(sites)) {
      sites = List.copyOf(sites);
    }
    problems.at("condition").required(condition);
    boolean parts =
        problems.at("severity").required(severity)
            & problems.at("level").required(level)
            & problems.at("consequence").required(consequence)
            & problems.at("clearAfter").required(clearAfter);
    if (parts) {
      if (consequence.isPresent()) {
        problems
            .at("severity")
            .check(severity.isEmpty(), "redline.severity", "a red line has no severity of its own");
      } else {
        problems.at("severity").check(severity.isPresent(), "required", "a trigger has a severity");
        problems
            .at("level")
            .check(level.isPresent(), "required", "a trigger names the level it opens");
      }
      level.ifPresent(
          l -> problems.at("level").check(l >= 1, "range", "levels are numbered from 1"));
      clearAfter.ifPresent(
          c -> problems.at("clearAfter").check(c >= 1, "range", "clearAfter is at least 1"));
    }
    problems.throwIfAny();
  }

  /** {@return whether this is a red line} */
  public boolean redLine() {
    return consequence.isPresent();
  }

  /** {@return the consecutive periods without the condition that close an episode} */
  public int clearingPeriods() {
    return clearAfter.orElse(condition.periods());
  }
}
