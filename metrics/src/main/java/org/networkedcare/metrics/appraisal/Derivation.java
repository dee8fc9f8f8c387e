package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;

/**
 * How a benefit is derived from a baseline: per line year, {@code improvement × activity ×
 * unitValue}, where improvement is {@code counterfactual − option} for a measure whose lower values
 * are better and {@code option − counterfactual} for one whose higher values are better.
 *
 * <p>JSON: {@code {"baseline": "dna-host-a", "option": {"target": "dna-rate-option", "rampYears":
 * 2}, "counterfactual": "unchanged", "activity": 20000, "unitValue":
 * "cost-of-missed-appointment"}}. {@code activity} defaults to the baseline's count (per year);
 * {@code unitValue} is pounds per unit of the measure per unit of activity, or QALYs on a health
 * line.
 *
 * @param baseline the id of the baseline the benefit rests on
 * @param option the measure's trajectory under the option
 * @param counterfactual the measure's trajectory under the counterfactual
 * @param activity the activity a year the measure applies to; empty for the baseline's count
 * @param unitValue the value of one unit of improvement on one unit of activity
 */
public record Derivation(
    String baseline,
    Trajectory option,
    Trajectory counterfactual,
    Optional<Quantity> activity,
    Quantity unitValue) {

  /**
   * Checks every part is present.
   *
   * @param baseline the baseline id
   * @param option the option's trajectory
   * @param counterfactual the counterfactual's trajectory
   * @param activity the activity a year, if not the baseline's count
   * @param unitValue the value of one unit of improvement
   */
  public Derivation {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(counterfactual, "counterfactual");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(unitValue, "unitValue");
  }

  static Optional<Derivation> read(JsonObject object) {
    Optional<String> baseline = object.required("baseline", JsonValue::nonBlankText);
    Optional<Trajectory> option = object.required("option", Trajectory::fromJson);
    Optional<Trajectory> counterfactual = object.required("counterfactual", Trajectory::fromJson);
    Optional<Quantity> activity = object.optional("activity", Quantity::fromJson);
    Optional<Quantity> unitValue = object.required("unitValue", Quantity::fromJson);
    if (baseline.isEmpty() || option.isEmpty() || counterfactual.isEmpty() || unitValue.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Derivation(
            baseline.get(), option.get(), counterfactual.get(), activity, unitValue.get()));
  }

  /** {@return the derivation as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("baseline", baseline);
    node.set("option", option.toJson());
    node.set("counterfactual", counterfactual.toJson());
    activity.ifPresent(a -> node.set("activity", a.toJson()));
    node.set("unitValue", unitValue.toJson());
    return node;
  }
}
