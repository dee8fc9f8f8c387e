package org.networkedcare.governance.agreement;

import java.math.BigDecimal;
import java.util.Optional;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A key performance indicator of an agreement: a measure at a site (optionally a service), a
 * standard and a tolerance. Met when the value is at least {@code standard - tolerance} for an
 * increase measure, at most {@code standard + tolerance} for a decrease one, within {@code standard
 * ± tolerance} for a neutral one; comparisons are exact.
 *
 * <p>JSON: {@code {"measure": "rtt-18wk", "site": "RHA01", "standard": 0.92, "tolerance": 0.02}}.
 *
 * @param measure the measure's identifier
 * @param site the site
 * @param service the service, if any
 * @param standard the standard
 * @param tolerance the tolerance, not negative
 */
public record Kpi(
    String measure,
    OdsCode site,
    Optional<String> service,
    BigDecimal standard,
    BigDecimal tolerance) {

  /**
   * Checks the KPI: parts present, the tolerance not negative ({@code agreement.kpi.tolerance}).
   *
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param standard the standard
   * @param tolerance the tolerance
   */
  public Kpi {
    Problems problems = Problems.collector();
    problems.at("measure").required(measure);
    problems.at("site").required(site);
    problems.at("service").required(service);
    problems.at("standard").required(standard);
    if (problems.at("tolerance").required(tolerance)) {
      problems
          .at("tolerance")
          .check(tolerance.signum() >= 0, "agreement.kpi.tolerance", "a tolerance is not negative");
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether a value meets the KPI}
   *
   * @param value the value
   * @param direction the measure's improvement direction
   */
  public boolean meets(BigDecimal value, ImprovementDirection direction) {
    BigDecimal low = standard.subtract(tolerance);
    BigDecimal high = standard.add(tolerance);
    return switch (direction) {
      case INCREASE -> value.compareTo(low) >= 0;
      case DECREASE -> value.compareTo(high) <= 0;
      case NEUTRAL -> value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    };
  }
}
