package org.networkedcare.core.measure;

import java.util.Optional;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Something a network measures, such as {@code rtt-18wk}: the proportion of waits within 18 weeks.
 *
 * <p>JSON fields: {@code id}, {@code name}, {@code unit}, {@code kind} ({@code count}, {@code
 * proportion}, {@code rate}, {@code continuous}), {@code direction} ({@code increase}, {@code
 * decrease}, {@code neutral}), optionally {@code periodicity} ({@code month}, the default, {@code
 * quarter} or {@code financial-year}: the reporting period its values are for) and, for a
 * continuous measure only, {@code aggregation} ({@code sum} or {@code mean}: how site values make
 * an organisation's, and organisations' the network's; without it a continuous measure is not
 * aggregated).
 *
 * @param id the measure's identifier
 * @param name the measure's name
 * @param unit the unit its values are in, such as {@code proportion}, {@code percent} or {@code
 *     events}
 * @param kind what kind of number it is
 * @param direction which way it improves
 * @param periodicity the reporting period its values are for: month, quarter or financial year
 * @param aggregation how a continuous measure is aggregated, if it is; empty for other kinds, whose
 *     aggregation follows from the kind
 */
public record Measure(
    String id,
    String name,
    String unit,
    MeasureKind kind,
    ImprovementDirection direction,
    Granularity periodicity,
    Optional<Aggregation> aggregation) {

  /**
   * Checks the measure: every part present ({@code required}), an identifier ({@code id.format}), a
   * non-blank name and unit ({@code blank}), an aggregation only for a continuous measure ({@code
   * measure.aggregation}).
   *
   * @param id the measure's identifier
   * @param name the measure's name
   * @param unit the unit of its values
   * @param kind what kind of number it is
   * @param direction which way it improves
   * @param periodicity the reporting period of its values
   * @param aggregation how a continuous measure is aggregated, if it is
   * @throws ValidationException with every problem, at the field's path
   */
  public Measure {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    Checks.name(problems.at("unit"), unit);
    problems.at("kind").required(kind);
    problems.at("direction").required(direction);
    problems.at("periodicity").required(periodicity);
    if (problems.at("aggregation").required(aggregation)
        && kind != null
        && kind != MeasureKind.CONTINUOUS) {
      problems
          .at("aggregation")
          .check(
              aggregation.isEmpty(),
              "measure.aggregation",
              "only a continuous measure names its aggregation; a "
                  + kind.id()
                  + (kind == MeasureKind.COUNT
                      ? " is summed"
                      : " sums its numerators and denominators"));
    }
    problems.throwIfAny();
  }

  /**
   * A monthly measure, aggregated as its kind implies.
   *
   * @param id the measure's identifier
   * @param name the measure's name
   * @param unit the unit of its values
   * @param kind what kind of number it is
   * @param direction which way it improves
   * @throws ValidationException with every problem, at the field's path
   */
  public Measure(
      String id, String name, String unit, MeasureKind kind, ImprovementDirection direction) {
    this(id, name, unit, kind, direction, Granularity.MONTH, Optional.empty());
  }

  /**
   * {@return whether values at several sites or organisations add up to one: every kind but a
   * continuous one without an aggregation}
   */
  public boolean aggregates() {
    return kind != MeasureKind.CONTINUOUS || aggregation.isPresent();
  }

  /** {@return identifier, name, unit, kind and direction, and the periodicity when not monthly} */
  @Override
  public String toString() {
    return id
        + " ("
        + name
        + ", "
        + kind
        + " in "
        + unit
        + ", "
        + direction
        + " is better"
        + (periodicity == Granularity.MONTH ? "" : ", by " + periodicity.id())
        + aggregation.map(a -> ", aggregated by " + a.id()).orElse("")
        + ")";
  }
}
