package org.networkedcare.governance.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
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

  /**
   * {@return a KPI read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Kpi> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          Optional<String> service = o.optional("service", JsonValue::nonBlankText);
          Optional<BigDecimal> standard = o.required("standard", JsonValue::decimal);
          Optional<BigDecimal> tolerance = o.required("tolerance", JsonValue::decimal);
          return o.buildAll(
              () ->
                  new Kpi(
                      JsonObject.orMissing(measure),
                      JsonObject.orMissing(site),
                      service,
                      JsonObject.orMissing(standard),
                      JsonObject.orMissing(tolerance)));
        });
  }

  /** {@return the KPI as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("measure", measure);
    node.put("site", site.value());
    service.ifPresent(s -> node.put("service", s));
    node.put("standard", standard);
    node.put("tolerance", tolerance);
    return node;
  }
}
