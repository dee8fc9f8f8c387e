package org.networkedcare.metrics.appraisal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The additionality of a benefit line, each factor a decimal in [0, 1] and absent meaning "none"
 * (attribution absent means 1). Net benefit in line year {@code t} (1 in the line's first year) is
 * {@code gross × (1 − deadweight) × (1 − displacement) × (1 − leakage) × (1 − substitution) ×
 * attribution × (1 − dropOff)^(t − 1)}.
 *
 * <p>Deadweight is what the counterfactual would have achieved anyway; a benefit derived from a
 * baseline with its own counterfactual trajectory already nets it out, so a deadweight on such a
 * line is reported as a problem, never applied twice.
 *
 * @param deadweight the share that would have happened anyway
 * @param displacement the share taken from elsewhere in the area of interest
 * @param leakage the share that benefits those outside the area of interest
 * @param substitution the share where one activity replaces a similar one
 * @param attribution the share due to this intervention and not to others
 * @param dropOff the share lost each year after the first
 */
public record Additionality(
    Optional<Quantity> deadweight,
    Optional<Quantity> displacement,
    Optional<Quantity> leakage,
    Optional<Quantity> substitution,
    Optional<Quantity> attribution,
    Optional<Quantity> dropOff) {

  /**
   * Checks every part is present (possibly empty).
   *
   * @param deadweight the share that would have happened anyway
   * @param displacement the share taken from elsewhere
   * @param leakage the share that leaks outside
   * @param substitution the share substituted
   * @param attribution the share attributable
   * @param dropOff the yearly drop-off
   */
  public Additionality {
    Objects.requireNonNull(deadweight, "deadweight");
    Objects.requireNonNull(displacement, "displacement");
    Objects.requireNonNull(leakage, "leakage");
    Objects.requireNonNull(substitution, "substitution");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(dropOff, "dropOff");
  }

  /** {@return no adjustment: every factor absent} */
  public static Additionality none() {
    Optional<Quantity> e = Optional.empty();
    return new Additionality(e, e, e, e, e, e);
  }

  /** {@return the factors present, by JSON name, in the order of the formula} */
  public Map<String, Quantity> factors() {
    Map<String, Quantity> map = new LinkedHashMap<>();
    deadweight.ifPresent(q -> map.put("deadweight", q));
    displacement.ifPresent(q -> map.put("displacement", q));
    leakage.ifPresent(q -> map.put("leakage", q));
    substitution.ifPresent(q -> map.put("substitution", q));
    attribution.ifPresent(q -> map.put("attribution", q));
    dropOff.ifPresent(q -> map.put("dropOff", q));
    return map;
  }
}
