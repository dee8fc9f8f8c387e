package org.networkedcare.governance.series;

import org.networkedcare.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A series of a measure at a site as it was before a change: the monthly points from {@code from} to
 * {@code to}, when it was captured, its source and its data-quality grade. Immutable: a new baseline
 * is a new record with its own capture date.
 *
 * <p>JSON: {@code {"id": "B1", "measure": "rtt-18wk", "site": "RHA01", "from": "2023-03", "to":
 * "2024-02", "points": [{"month": "2023-03", "value": 0.93, "numerator": 930, "denominator":
 * 1000}, ...], "capturedOn": "2024-03-20", "source": "host PAS", "dataQuality": "B"}}; {@code
 * service} is optional.
 *
 * @param id the baseline's identifier
 * @param measure the measure's identifier
 * @param site the site's code
 * @param service the service, if any
 * @param from the first month
 * @param to the last month
 * @param points the points, months inside the period, each month once, in month order
 * @param capturedOn the date it was captured
 * @param source where the data came from
 * @param dataQuality the data-quality grade
 */
public record MeasureBaseline(
    String id,
    String measure,
    OdsCode site,
    Optional<String> service,
    YearMonth from,
    YearMonth to,
    List<Observation> points,
    LocalDate capturedOn,
    String source,
    String dataQuality) {

  /**
   * Checks the baseline: parts present; {@code to} not before {@code from} ({@code range.order});
   * each point a month of the period, of the baseline's measure and site, each month once ({@code
   * baseline.point}).
   *
   * @param id the identifier
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param from the first month
   * @param to the last month
   * @param points the points
   * @param capturedOn the capture date
   * @param source the source
   * @param dataQuality the data-quality grade
   */
  public MeasureBaseline {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("measure").required(measure);
    problems.at("site").required(site);
    problems.at("service").required(service);
    problems.at("capturedOn").required(capturedOn);
    problems.at("source").required(source);
    problems.at("dataQuality").required(dataQuality);
    boolean range = problems.at("from").required(from) & problems.at("to").required(to);
    if (range) {
      problems.at("to").check(!to.isBefore(from), "range.order", "the last month is before the first");
    }
    if (problems.at("points").required(points)) {
      points = points.stream().sorted(java.util.Comparator.comparing(Observation::period)).toList();
      Set<YearMonth> seen = new HashSet<>();
      for (int i = 0; i < points.size(); i++) {
        Observation p = points.get(i);
        if (!problems.at("points").at(i).required(p)) {
          continue;
        }
        problems.at("points").at(i).check(seen.add(p.period()), "baseline.point", p.period() + " is given twice");
        if (range) {
          problems
              .at("points")
              .at(i)
              .check(
                  !p.period().isBefore(from) && !p.period().isAfter(to),
                  "baseline.point",
                  p.period() + " lies outside the baseline's period " + from + " to " + to);
        }
      }
    }
    problems.throwIfAny();
  }

  /** {@return the number of months from {@code from} to {@code to}, both included} */
  public int months() {
    return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /**
   * {@return a baseline read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<MeasureBaseline> fromJson(JsonValue value) {
    return value.object(MeasureBaseline::read);
  }

  private static Optional<MeasureBaseline> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.required("site", OdsCode::fromJson);
    Optional<String> service = o.optional("service", JsonValue::nonBlankText);
    Optional<YearMonth> from = o.required("from", JsonValue::month);
    Optional<YearMonth> to = o.required("to", JsonValue::month);
    Optional<LocalDate> captured = o.required("capturedOn", JsonValue::date);
    Optional<String> source = o.required("source", JsonValue::nonBlankText);
    Optional<String> quality = o.required("dataQuality", JsonValue::nonBlankText);
    List<Observation> points =
        o.list(
            "points",
            v ->
                v.object(
                    p -> {
                      Optional<YearMonth> month = p.required("month", JsonValue::month);
                      Optional<BigDecimal> value = p.required("value", JsonValue::decimal);
                      Optional<BigDecimal> num = p.optional("numerator", JsonValue::decimal);
                      Optional<BigDecimal> den = p.optional("denominator", JsonValue::decimal);
                      if (month.isEmpty() || value.isEmpty() || measure.isEmpty() || site.isEmpty()) {
                        return Optional.empty();
                      }
                      return p.build(
                          () -> new Observation(measure.get(), site.get(), service, month.get(), value.get(), num, den));
                    }));
    return o.buildAll(
        () ->
            new MeasureBaseline(
                id.orElse(null),
                measure.orElse(null),
                site.orElse(null),
                service,
                from.orElse(null),
                to.orElse(null),
                points,
                captured.orElse(null),
                source.orElse(null),
                quality.orElse(null)));
  }

  /** {@return the baseline as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("measure", measure);
    node.put("site", site.value());
    service.ifPresent(s -> node.put("service", s));
    node.put("from", from.toString());
    node.put("to", to.toString());
    var array = node.putArray("points");
    for (Observation p : points) {
      ObjectNode o = array.addObject();
      o.put("month", p.period().toString());
      o.put("value", p.value());
      p.numerator().ifPresent(n -> o.put("numerator", n));
      p.denominator().ifPresent(d -> o.put("denominator", d));
    }
    node.put("capturedOn", capturedOn.toString());
    node.put("source", source);
    node.put("dataQuality", dataQuality);
    return node;
  }
}
