package org.networkedcare.core.network;

import org.immutables.value.Value;
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
