package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod.Granularity;
import org.networkedcare.core.measure.Aggregation;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;

/**
 * The JSON form of a {@link Measure}: {@code id}, {@code name}, {@code unit}, {@code kind}, {@code
 * direction}, optionally {@code periodicity} (monthly when absent) and {@code aggregation}. The
 * measure itself knows nothing of JSON; the reader records each problem at its path and returns
 * empty, the writer returns a new tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class MeasureJson {

  private MeasureJson() {}

  /**
   * Reads a measure. Every problem is recorded at its path: missing members ({@code required}), a
   * kind, direction, periodicity or aggregation not listed ({@code unknown-value}), and the
   * measure's own checks ({@code id.format}, {@code blank}, {@code measure.aggregation}).
   *
   * @param value the JSON value
   * @return the measure, or empty when a problem was recorded
   */
  public static Optional<Measure> measure(JsonValue value) {
    return value.object(MeasureJson::measure);
  }

  private static Optional<Measure> measure(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<String> unit = object.required("unit", JsonValue::text);
    Optional<MeasureKind> kind = object.required("kind", v -> v.oneOf(MeasureKind.byId()));
    Optional<ImprovementDirection> direction =
        object.required("direction", v -> v.oneOf(ImprovementDirection.byId()));
    boolean periodicityGiven = object.has("periodicity");
    Optional<Granularity> periodicity =
        object.optional("periodicity", v -> v.oneOf(Granularity.byId()));
    Optional<Aggregation> aggregation =
        object.optional("aggregation", v -> v.oneOf(Aggregation.byId()));
    return object.buildAll(
        () ->
            new Measure(
                JsonObject.orMissing(id),
                JsonObject.orMissing(name),
                JsonObject.orMissing(unit),
                JsonObject.orMissing(kind),
                JsonObject.orMissing(direction),
                periodicityGiven ? JsonObject.orMissing(periodicity) : Granularity.MONTH,
                aggregation));
  }

  /**
   * {@return a measure as JSON; {@code periodicity} only when not monthly, {@code aggregation} only
   * when named}
   *
   * @param measure the measure
   */
  public static JsonNode write(Measure measure) {
    ObjectNode node = Json.object();
    node.put("id", measure.id());
    node.put("name", measure.name());
    node.put("unit", measure.unit());
    node.put("kind", measure.kind().id());
    node.put("direction", measure.direction().id());
    if (measure.periodicity() != Granularity.MONTH) {
      node.put("periodicity", measure.periodicity().id());
    }
    measure.aggregation().ifPresent(a -> node.put("aggregation", a.id()));
    return node;
  }
}
