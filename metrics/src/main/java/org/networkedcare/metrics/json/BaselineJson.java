package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.metrics.baseline.Baseline;
import org.networkedcare.metrics.baseline.Baseline.Scope;

/**
 * The JSON codec of baselines ({@code org.networkedcare.metrics.baseline}), in the form {@link
 * Baseline} describes: read with every problem at its JSON pointer, written naming the measure by
 * id. Values are decimals as written; dates ISO 8601. Stateless and thread-safe.
 */
public final class BaselineJson {
  private BaselineJson() {}

  /**
   * {@return a baseline read from JSON; its {@code measure} names one of the measures given} A
   * measure the document declares but that could not be read is not reported again: such a baseline
   * is not read, but its other fields are still checked.
   *
   * @param value the JSON value
   * @param measures the document's measures by id
   * @param unreadable the ids of the document's measures that could not be read
   */
  public static Optional<Baseline> baseline(
      JsonValue value, Map<String, Measure> measures, Set<String> unreadable) {
    return value.object(o -> read(o, measures, unreadable));
  }

  private static Optional<Baseline> read(
      JsonObject o, Map<String, Measure> measures, Set<String> unreadable) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<Measure> measure =
        o.required(
            "measure",
            v ->
                v.nonBlankText()
                    .flatMap(
                        name -> {
                          Measure m = measures.get(name);
                          if (m == null && !unreadable.contains(name)) {
                            v.problems()
                                .add(
                                    "unknown-reference",
                                    "no measure '"
                                        + name
                                        + "' is declared; the measures are: "
                                        + String.join(", ", measures.keySet()));
                          }
                          return Optional.ofNullable(m);
                        }));
    Optional<Scope> scope = o.required("scope", v -> v.object(BaselineJson::scope));
    Optional<DateRange> period = o.required("period", ValueJson::closedDateRange);
    Optional<BigDecimal> val = o.required("value", JsonValue::decimal);
    Optional<Long> count = o.required("count", JsonValue::wholeLong);
    Optional<String> source = o.required("source", JsonValue::nonBlankText);
    Optional<LocalDate> captured = o.required("capturedOn", JsonValue::date);
    Optional<Integer> grade = o.required("dataQuality", JsonValue::integer);
    if (id.isEmpty()
        || measure.isEmpty()
        || scope.isEmpty()
        || period.isEmpty()
        || val.isEmpty()
        || count.isEmpty()
        || source.isEmpty()
        || captured.isEmpty()
        || grade.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () ->
            Baseline.builder()
                .id(id.get())
                .measure(measure.get())
                .scope(scope.get())
                .period(period.get())
                .value(val.get())
                .count(count.get())
                .source(source.get())
                .capturedOn(captured.get())
                .dataQuality(grade.get())
                .build());
  }

  /**
   * {@return a baseline as JSON, naming its measure by id}
   *
   * @param baseline the baseline
   */
  public static JsonNode write(Baseline baseline) {
    ObjectNode node = Json.object();
    node.put("id", baseline.id());
    node.put("measure", baseline.measure().id());
    node.set("scope", write(baseline.scope()));
    ObjectNode period = node.putObject("period");
    period.put("from", baseline.period().from().toString());
    baseline.period().to().ifPresent(t -> period.put("to", t.toString()));
    node.put("value", baseline.value());
    node.put("count", baseline.count());
    node.put("source", baseline.source());
    node.put("capturedOn", baseline.capturedOn().toString());
    node.put("dataQuality", baseline.dataQuality());
    return node;
  }

  private static Optional<Scope> scope(JsonObject o) {
    Optional<String> organisation = o.required("organisation", JsonValue::nonBlankText);
    Optional<String> site = o.optional("site", JsonValue::nonBlankText);
    Optional<String> service = o.optional("service", JsonValue::nonBlankText);
    return organisation.map(org -> new Scope(org, site, service));
  }

  private static JsonNode write(Scope scope) {
    ObjectNode node = Json.object();
    node.put("organisation", scope.organisation());
    scope.site().ifPresent(s -> node.put("site", s));
    scope.service().ifPresent(s -> node.put("service", s));
    return node;
  }
}
