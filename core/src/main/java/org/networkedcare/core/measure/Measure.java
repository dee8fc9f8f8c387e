package org.networkedcare.core.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Something a network measures, such as {@code rtt-18wk}: the proportion of waits within 18 weeks.
 *
 * <p>JSON fields: {@code id}, {@code name}, {@code unit}, {@code kind} ({@code count}, {@code
 * proportion}, {@code rate}, {@code continuous}), {@code direction} ({@code increase}, {@code
 * decrease}, {@code neutral}).
 *
 * @param id the measure's identifier
 * @param name the measure's name
 * @param unit the unit its values are in, such as {@code proportion}, {@code percent} or {@code
 *     events}
 * @param kind what kind of number it is
 * @param direction which way it improves
 */
public record Measure(
    String id, String name, String unit, MeasureKind kind, ImprovementDirection direction) {

  /**
   * Checks the measure: every part present ({@code required}), an identifier ({@code id.format}),
   * a non-blank name and unit ({@code blank}).
   *
   * @param id the measure's identifier
   * @param name the measure's name
   * @param unit the unit of its values
   * @param kind what kind of number it is
   * @param direction which way it improves
   * @throws ValidationException with every problem, at the field's path
   */
  public Measure {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    Checks.name(problems.at("unit"), unit);
    problems.at("kind").required(kind);
    problems.at("direction").required(direction);
    problems.throwIfAny();
  }

  /**
   * {@return a measure read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Measure> fromJson(JsonValue value) {
    return value.object(Measure::read);
  }

  private static Optional<Measure> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<String> unit = object.required("unit", JsonValue::text);
    Optional<MeasureKind> kind = object.required("kind", v -> v.oneOf(MeasureKind.byId()));
    Optional<ImprovementDirection> direction =
        object.required("direction", v -> v.oneOf(ImprovementDirection.byId()));
    return object.buildAll(
        () ->
            new Measure(
                id.orElse(null),
                name.orElse(null),
                unit.orElse(null),
                kind.orElse(null),
                direction.orElse(null)));
  }

  /** {@return the measure as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    node.put("unit", unit);
    node.put("kind", kind.id());
    node.put("direction", direction.id());
    return node;
  }

  /** {@return identifier, name, unit, kind and direction} */
  @Override
  public String toString() {
    return id + " (" + name + ", " + kind + " in " + unit + ", " + direction + " is better)";
  }
}
