package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.ValidationException;

/**
 * The path a measure is expected to take over a line's years, under an option or under the
 * counterfactual, in the measure's unit. Line year {@code i} counts from 1 in the line's first
 * year.
 *
 * <p>JSON: {@code "unchanged"} (the baseline value every year); {@code {"constant": q}}; {@code
 * {"target": q, "rampYears": k}} (a straight line from the baseline value, reaching the target in
 * line year {@code k} and staying there; {@code k = 0} reaches it at once); or an array of values,
 * one per line year. Every value is a {@link Quantity}.
 */
public sealed interface Trajectory
    permits Trajectory.Unchanged, Trajectory.Constant, Trajectory.Ramp, Trajectory.Yearly {

  /** The baseline value every year. */
  record Unchanged() implements Trajectory {

    /** Creates the trajectory. */
    public Unchanged {}

    @Override
    public JsonNode toJson() {
      return TextNode.valueOf("unchanged");
    }
  }

  /**
   * The same value every year.
   *
   * @param value the value, in the measure's unit
   */
  record Constant(Quantity value) implements Trajectory {

    /**
     * Checks the value is present.
     *
     * @param value the value
     */
    public Constant {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public JsonNode toJson() {
      ObjectNode node = Json.object();
      node.set("constant", value.toJson());
      return node;
    }
  }

  /**
   * A straight line from the baseline value to a target.
   *
   * @param target the value reached, in the measure's unit
   * @param rampYears the line year in which the target is reached, from 0
   */
  record Ramp(Quantity target, int rampYears) implements Trajectory {

    /**
     * Checks the parts.
     *
     * @param target the value reached
     * @param rampYears the line year in which it is reached, from 0
     * @throws ValidationException with {@code range} at {@code /rampYears} if it is negative
     */
    public Ramp {
      Objects.requireNonNull(target, "target");
      if (rampYears < 0 || rampYears > DiscountSchedule.MAX_YEAR) {
        throw new ValidationException(
            "/rampYears", "range", "rampYears is from 0 to " + DiscountSchedule.MAX_YEAR);
      }
    }

    @Override
    public JsonNode toJson() {
      ObjectNode node = Json.object();
      node.set("target", target.toJson());
      node.put("rampYears", rampYears);
      return node;
    }
  }

  /**
   * One value per line year, from the line's first year.
   *
   * @param values the values, in the measure's unit
   */
  record Yearly(List<Quantity> values) implements Trajectory {

    /**
     * Copies the values.
     *
     * @param values the values, at least one
     * @throws ValidationException with {@code required} if there are none
     */
    public Yearly {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new ValidationException("", "required", "a yearly trajectory has at least one value");
      }
    }

    @Override
    public JsonNode toJson() {
      ArrayNode array = Json.array();
      values.forEach(v -> array.add(v.toJson()));
      return array;
    }
  }

  /** {@return the trajectory as JSON} */
  JsonNode toJson();

  /**
   * {@return a trajectory read from JSON}
   *
   * @param value the JSON value
   */
  static Optional<Trajectory> fromJson(JsonValue value) {
    JsonNode node = value.node();
    if (node.isTextual()) {
      return value
          .text()
          .flatMap(
              s -> {
                if (!s.equals("unchanged")) {
                  value.problems().add("unknown-value", "the only named trajectory is 'unchanged'");
                  return Optional.empty();
                }
                return Optional.of(new Unchanged());
              });
    }
    if (node.isArray()) {
      return value
          .list(Quantity::fromJson)
          .flatMap(list -> value.problems().attempt(() -> new Yearly(list)));
    }
    if (node.isObject()) {
      return value.object(Trajectory::read);
    }
    value.problems().add("type", "'unchanged', an object or an array of values is required");
    return Optional.empty();
  }

  private static Optional<Trajectory> read(JsonObject object) {
    if (object.has("constant")) {
      return object.required("constant", Quantity::fromJson).map(Constant::new);
    }
    Optional<Quantity> target = object.required("target", Quantity::fromJson);
    Optional<Integer> ramp = object.required("rampYears", JsonValue::integer);
    if (target.isEmpty() || ramp.isEmpty()) {
      return Optional.empty();
    }
    return object.build(() -> new Ramp(target.get(), ramp.get()));
  }
}
