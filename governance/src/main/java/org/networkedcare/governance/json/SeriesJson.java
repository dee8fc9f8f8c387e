package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.series.MeasureBaseline;
import org.networkedcare.governance.series.Observation;

/**
 * The JSON forms of measure series: an observation and a baseline with its points.
 *
 * <p>Stateless and thread-safe.
 */
final class SeriesJson {

  private SeriesJson() {}

  /**
   * Reads an observation: {@code measure}, {@code site}, optional {@code service}, {@code period}
   * (a reporting period), {@code value} and optional {@code numerator} and {@code denominator}.
   * Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the observation, or empty when a problem was recorded
   */
  static Optional<Observation> observation(JsonValue value) {
    return value.object(SeriesJson::readObservation);
  }

  private static Optional<Observation> readObservation(JsonObject o) {
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

  /**
   * {@return an observation as JSON}
   *
   * @param observation the observation
   */
  static JsonNode write(Observation observation) {
    ObjectNode node = Json.object();
    node.put("measure", observation.measure());
    node.put("site", observation.site().value());
    observation.service().ifPresent(s -> node.put("service", s));
    node.put("period", observation.period().toString());
    node.put("value", observation.value());
    observation.numerator().ifPresent(n -> node.put("numerator", n));
    observation.denominator().ifPresent(d -> node.put("denominator", d));
    return node;
  }

  /**
   * Reads a baseline: {@code id}, {@code measure}, {@code site}, optional {@code service}, {@code
   * from} and {@code to} (reporting periods), {@code points} (each with {@code month} or {@code
   * period}, not both: {@code baseline.point}), {@code capturedOn}, {@code source} and {@code
   * dataQuality}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the baseline, or empty when a problem was recorded
   */
  static Optional<MeasureBaseline> measureBaseline(JsonValue value) {
    return value.object(SeriesJson::readBaseline);
  }

  private static Optional<MeasureBaseline> readBaseline(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
    Optional<String> service = o.optional("service", JsonValue::nonBlankText);
    Optional<ReportingPeriod> from = o.required("from", ValueJson::reportingPeriod);
    Optional<ReportingPeriod> to = o.required("to", ValueJson::reportingPeriod);
    Optional<LocalDate> captured = o.required("capturedOn", JsonValue::date);
    Optional<String> source = o.required("source", JsonValue::nonBlankText);
    Optional<String> quality = o.required("dataQuality", JsonValue::nonBlankText);
    List<Observation> points =
        o.list(
            "points",
            v ->
                v.object(
                    p -> {
                      Optional<ReportingPeriod> month =
                          p.has("month") || !p.has("period")
                              ? p.required("month", JsonValue::month).map(ReportingPeriod::month)
                              : p.required("period", ValueJson::reportingPeriod);
                      if (p.has("month") && p.has("period")) {
                        p.problems()
                            .at("period")
                            .add(
                                "baseline.point",
                                "a point names its period once: 'period', or 'month' for a month");
                        return Optional.empty();
                      }
                      Optional<BigDecimal> value = p.required("value", JsonValue::decimal);
                      Optional<BigDecimal> num = p.optional("numerator", JsonValue::decimal);
                      Optional<BigDecimal> den = p.optional("denominator", JsonValue::decimal);
                      if (month.isEmpty()
                          || value.isEmpty()
                          || measure.isEmpty()
                          || site.isEmpty()) {
                        return Optional.empty();
                      }
                      return p.build(
                          () ->
                              new Observation(
                                  measure.get(),
                                  site.get(),
                                  service,
                                  month.get(),
                                  value.get(),
                                  num,
                                  den));
                    }));
    return o.buildAll(
        () ->
            new MeasureBaseline(
                JsonObject.orMissing(id),
                JsonObject.orMissing(measure),
                JsonObject.orMissing(site),
                service,
                JsonObject.orMissing(from),
                JsonObject.orMissing(to),
                points,
                JsonObject.orMissing(captured),
                JsonObject.orMissing(source),
                JsonObject.orMissing(quality)));
  }

  /**
   * {@return a baseline as JSON; a point of a month is written with {@code month}, any other with
   * {@code period}}
   *
   * @param baseline the baseline
   */
  static JsonNode write(MeasureBaseline baseline) {
    ObjectNode node = Json.object();
    node.put("id", baseline.id());
    node.put("measure", baseline.measure());
    node.put("site", baseline.site().value());
    baseline.service().ifPresent(s -> node.put("service", s));
    node.put("from", baseline.from().toString());
    node.put("to", baseline.to().toString());
    var array = node.putArray("points");
    for (Observation p : baseline.points()) {
      ObjectNode o = array.addObject();
      o.put(
          p.period().granularity() == ReportingPeriod.Granularity.MONTH ? "month" : "period",
          p.period().toString());
      o.put("value", p.value());
      p.numerator().ifPresent(n -> o.put("numerator", n));
      p.denominator().ifPresent(d -> o.put("denominator", d));
    }
    node.put("capturedOn", baseline.capturedOn().toString());
    node.put("source", baseline.source());
    node.put("dataQuality", baseline.dataQuality());
    return node;
  }
}
