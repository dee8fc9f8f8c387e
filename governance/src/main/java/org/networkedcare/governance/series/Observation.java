package org.networkedcare.governance.series;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A value of a measure at a site (and optionally a service) for one reporting period (a month, an
 * NHS financial quarter or a financial year: the measure's periodicity), with the numerator and
 * denominator where the measure is a proportion or rate.
 *
 * <p>JSON: {@code {"measure": "rtt-18wk", "site": "RHA01", "period": "2024-04", "value": 0.93,
 * "numerator": 930, "denominator": 1000}}; {@code period} may also be a quarter {@code 2024/25-Q1}
 * or a financial year {@code 2024/25}; {@code service}, {@code numerator} and {@code denominator}
 * are optional.
 *
 * @param measure the measure's identifier
 * @param site the site's code
 * @param service the service, if the value is for one service
 * @param period the reporting period
 * @param value the value, exact
 * @param numerator the numerator, if any
 * @param denominator the denominator, if any
 */
public record Observation(
    String measure,
    OdsCode site,
    Optional<String> service,
    ReportingPeriod period,
    BigDecimal value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator) {

  /**
   * Checks the parts: all present; numerator and denominator given together, the denominator
   * positive ({@code observation.fraction}).
   *
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param period the reporting period
   * @param value the value
   * @param numerator the numerator, if any
   * @param denominator the denominator, if any
   */
  public Observation {
    Problems problems = Problems.collector();
    problems.at("measure").required(measure);
    problems.at("site").required(site);
    problems.at("service").required(service);
    problems.at("period").required(period);
    problems.at("value").required(value);
    boolean n = problems.at("numerator").required(numerator);
    boolean d = problems.at("denominator").required(denominator);
    if (n && d) {
      problems
          .at("denominator")
          .check(
              numerator.isPresent() == denominator.isPresent(),
              "observation.fraction",
              "a numerator and a denominator are given together");
      denominator.ifPresent(
          x ->
              problems
                  .at("denominator")
                  .check(x.signum() > 0, "observation.fraction", "a denominator is positive"));
    }
    problems.throwIfAny();
  }

  /**
   * {@return an observation of a value alone}
   *
   * @param measure the measure
   * @param site the site
   * @param period the month
   * @param value the value
   */
  public static Observation of(String measure, OdsCode site, YearMonth period, BigDecimal value) {
    return new Observation(
        measure,
        site,
        Optional.empty(),
        ReportingPeriod.month(period),
        value,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@return an observation read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Observation> fromJson(JsonValue value) {
    return value.object(Observation::read);
  }

  private static Optional<Observation> read(JsonObject o) {
    Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
    Optional<String> service = o.optional("service", JsonValue::nonBlankText);
    Optional<ReportingPeriod> period = o.required("period", ValueJson::reportingPeriod);
    Optional<BigDecimal> v = o.required("value", JsonValue::decimal);
    Optional<BigDecimal> num = o.optional("numerator", JsonValue::decimal);
    Optional<BigDecimal> den = o.optional("denominator", JsonValue::decimal);
    return o.buildAll(
        () ->
            new Observation(
                JsonObject.orMissing(measure),
                JsonObject.orMissing(site),
                service,
                JsonObject.orMissing(period),
                JsonObject.orMissing(v),
                num,
                den));
  }

  /** {@return the first day after the period} */
  public java.time.LocalDate periodEnd() {
    return period.endExclusive();
  }

  /** {@return the observation as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("measure", measure);
    node.put("site", site.value());
    service.ifPresent(s -> node.put("service", s));
    node.put("period", period.toString());
    node.put("value", value);
    numerator.ifPresent(n -> node.put("numerator", n));
    denominator.ifPresent(d -> node.put("denominator", d));
    return node;
  }
}
