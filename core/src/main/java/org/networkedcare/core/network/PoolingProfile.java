package org.networkedcare.core.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.immutables.value.Value;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;

/**
 * What an organisational form pools (Dalton review): for each of accountability, budget, staff,
 * estates, equipment, brand and back office, whether it stays with each member, is shared, or is
 * transferred to the lead. Every field is stated; nothing defaults: {@code build()} reports each
 * missing one as {@code required} in one {@link ValidationException}.
 *
 * <p>JSON fields: {@code accountability}, {@code budget}, {@code staff}, {@code estates}, {@code
 * equipment}, {@code brand}, {@code backOffice}, each {@code stays}, {@code shared} or {@code
 * transferred}.
 */
@Value.Immutable
@ValueStyle
public abstract class PoolingProfile {

  PoolingProfile() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a profile. {@code build()} reports every missing or invalid field in one {@link
   * ValidationException}. Not thread-safe: one builder per thread.
   */
  public static final class Builder extends ImmutablePoolingProfile.Builder {
    Builder() {}
  }

  /**
   * {@return a profile with every aspect the same}
   *
   * @param all where every aspect sits
   */
  public static PoolingProfile uniform(Pooling all) {
    return builder()
        .accountability(all)
        .budget(all)
        .staff(all)
        .estates(all)
        .equipment(all)
        .brand(all)
        .backOffice(all)
        .build();
  }

  /** {@return where accountability for the service sits} */
  public abstract Pooling accountability();

  /** {@return where the budget sits} */
  public abstract Pooling budget();

  /** {@return where the staff sits} */
  public abstract Pooling staff();

  /** {@return where the estates sits} */
  public abstract Pooling estates();

  /** {@return where the equipment sits} */
  public abstract Pooling equipment();

  /** {@return where the brand sits} */
  public abstract Pooling brand();

  /** {@return where the back office sits} */
  public abstract Pooling backOffice();

  @Value.Check
  void check() {
    Problems problems = Problems.collector();
    problems.at("accountability").required(accountability());
    problems.at("budget").required(budget());
    problems.at("staff").required(staff());
    problems.at("estates").required(estates());
    problems.at("equipment").required(equipment());
    problems.at("brand").required(brand());
    problems.at("backOffice").required(backOffice());
    problems.throwIfAny();
  }

  /**
   * {@return a profile read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<PoolingProfile> fromJson(JsonValue value) {
    return value.object(PoolingProfile::read);
  }

  private static Optional<PoolingProfile> read(JsonObject object) {
    Builder builder = builder();
    object
        .required("accountability", v -> v.oneOf(Pooling.byId()))
        .ifPresent(builder::accountability);
    object.required("budget", v -> v.oneOf(Pooling.byId())).ifPresent(builder::budget);
    object.required("staff", v -> v.oneOf(Pooling.byId())).ifPresent(builder::staff);
    object.required("estates", v -> v.oneOf(Pooling.byId())).ifPresent(builder::estates);
    object.required("equipment", v -> v.oneOf(Pooling.byId())).ifPresent(builder::equipment);
    object.required("brand", v -> v.oneOf(Pooling.byId())).ifPresent(builder::brand);
    object.required("backOffice", v -> v.oneOf(Pooling.byId())).ifPresent(builder::backOffice);
    return object.buildAll(builder::build);
  }

  /** {@return the profile as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("accountability", accountability().id());
    node.put("budget", budget().id());
    node.put("staff", staff().id());
    node.put("estates", estates().id());
    node.put("equipment", equipment().id());
    node.put("brand", brand().id());
    node.put("backOffice", backOffice().id());
    return node;
  }

  /** {@return every aspect and where it sits} */
  @Override
  public String toString() {
    return "{"
        + "accountability="
        + accountability()
        + ", "
        + "budget="
        + budget()
        + ", "
        + "staff="
        + staff()
        + ", "
        + "estates="
        + estates()
        + ", "
        + "equipment="
        + equipment()
        + ", "
        + "brand="
        + brand()
        + ", "
        + "backOffice="
        + backOffice()
        + "}";
  }
}
