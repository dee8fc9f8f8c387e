package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;

/**
 * A named set of parameter values, every parameter not named staying at its central value. When an
 * appraisal names no scenarios, the calculator reports {@code pessimistic}, {@code central} and
 * {@code optimistic} built from each parameter's low and high values (for each option, whichever of
 * the two gives the lower, or higher, NPSV).
 *
 * <p>JSON: {@code {"name": "pessimistic", "description": "...", "parameters": {"dna-rate-option":
 * 0.10}}}.
 *
 * @param name the scenario's name
 * @param description what it represents
 * @param parameters the values it gives named parameters
 */
public record Scenario(String name, String description, Map<String, BigDecimal> parameters) {

  /**
   * Copies the parts.
   *
   * @param name the name
   * @param description what it represents
   * @param parameters values by parameter name
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = Map.copyOf(parameters);
  }

  /**
   * {@return a scenario read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Scenario> fromJson(JsonValue value) {
    return value.object(Scenario::read);
  }

  private static Optional<Scenario> read(JsonObject o) {
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    String description = o.optional("description", JsonValue::text).orElse("");
    Map<String, BigDecimal> parameters =
        o.required("parameters", v -> v.map((n, x) -> x.decimal())).orElse(Map.of());
    return name.map(n -> new Scenario(n, description, parameters));
  }

  /** {@return the scenario as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("name", name);
    if (!description.isEmpty()) {
      node.put("description", description);
    }
    ObjectNode p = node.putObject("parameters");
    new TreeMap<>(parameters).forEach(p::put);
    return node;
  }
}
