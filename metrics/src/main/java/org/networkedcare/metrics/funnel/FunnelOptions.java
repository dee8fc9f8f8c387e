package org.networkedcare.metrics.funnel;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The options of a funnel analysis. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: type {@link IndicatorType#PROPORTION}, ratio method {@link RatioMethod#SHMI}, limits
 * {@link LimitMethod#EXACT} for ratios and {@link LimitMethod#NORMAL} otherwise, the target of the
 * type (pooled, or 1 for ratios), over-dispersion {@link Overdispersion#AUTO}, trim 0.1,
 * improvement direction {@link ImprovementDirection#NEUTRAL}.
 */
public final class FunnelOptions {

  /** The default share of sites trimmed at each end before phi is estimated. */
  public static final double DEFAULT_TRIM = 0.1;

  private final IndicatorType type;
  private final RatioMethod ratioMethod;
  private final Optional<LimitMethod> limits;
  private final OptionalDouble target;
  private final Overdispersion overdispersion;
  private final double trim;
  private final ImprovementDirection direction;

  private FunnelOptions(Builder b) {
    this.type = b.type;
    this.ratioMethod = b.ratioMethod;
    this.limits = b.limits;
    this.target = b.target;
    this.overdispersion = b.overdispersion;
    this.trim = b.trim;
    this.direction = b.direction;
  }

  /** {@return the default options (a proportion)} */
  public static FunnelOptions defaults() {
    return builder().build();
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the indicator type} */
  public IndicatorType type() {
    return type;
  }

  /** {@return the method for standardised ratios (used only with {@link IndicatorType#RATIO})} */
  public RatioMethod ratioMethod() {
    return ratioMethod;
  }

  /** {@return the unadjusted limit method: as given, or exact for ratios and normal otherwise} */
  public LimitMethod limits() {
    return limits.orElse(type == IndicatorType.RATIO ? LimitMethod.EXACT : LimitMethod.NORMAL);
  }

  /** {@return the target given, on the value scale; empty for the type's default} */
  public OptionalDouble target() {
    return target;
  }

  /** {@return the over-dispersion adjustment asked for} */
  public Overdispersion overdispersion() {
    return overdispersion;
  }

  /** {@return the share of sites trimmed at each end before phi is estimated, in [0, 0.5)} */
  public double trim() {
    return trim;
  }

  /** {@return which way the measure improves, which decides whether an outlier is a concern} */
  public ImprovementDirection direction() {
    return direction;
  }

  /** {@return whether the z-scores are truncated (SHMI) rather than winsorised} */
  boolean truncates() {
    return type == IndicatorType.RATIO && ratioMethod == RatioMethod.SHMI;
  }

  /** {@return a one-line description} */
  @Override
  public String toString() {
    return "FunnelOptions[type="
        + type
        + ", ratioMethod="
        + ratioMethod
        + ", limits="
        + limits()
        + ", target="
        + target
        + ", overdispersion="
        + overdispersion
        + ", trim="
        + trim
        + ", direction="
        + direction
        + "]";
  }

  /** Builds {@link FunnelOptions}; not thread-safe. */
  public static final class Builder {

    private IndicatorType type = IndicatorType.PROPORTION;
    private RatioMethod ratioMethod = RatioMethod.SHMI;
    private Optional<LimitMethod> limits = Optional.empty();
    private OptionalDouble target = OptionalDouble.empty();
    private Overdispersion overdispersion = Overdispersion.AUTO;
    private double trim = DEFAULT_TRIM;
    private ImprovementDirection direction = ImprovementDirection.NEUTRAL;

    private Builder() {}

    /**
     * Sets the indicator type.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(IndicatorType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the method for standardised ratios.
     *
     * @param ratioMethod the method
     * @return this builder
     */
    public Builder ratioMethod(RatioMethod ratioMethod) {
      this.ratioMethod = Objects.requireNonNull(ratioMethod, "ratioMethod");
      return this;
    }

    /**
     * Sets the unadjusted limit method (otherwise the type's default).
     *
     * @param limits the method
     * @return this builder
     */
    public Builder limits(LimitMethod limits) {
      this.limits = Optional.of(limits);
      return this;
    }

    /**
     * Sets the target on the value scale, replacing the type's default.
     *
     * @param target the target: in [0, 1] for a proportion, positive for a ratio or count ratio, at
     *     least 0 for a rate
     * @return this builder
     */
    public Builder target(double target) {
      this.target = OptionalDouble.of(target);
      return this;
    }

    /**
     * Sets the over-dispersion adjustment.
     *
     * @param overdispersion the adjustment asked for
     * @return this builder
     */
    public Builder overdispersion(Overdispersion overdispersion) {
      this.overdispersion = Objects.requireNonNull(overdispersion, "overdispersion");
      return this;
    }

    /**
     * Sets the share of sites trimmed at each end before phi is estimated.
     *
     * @param trim a share in [0, 0.5)
     * @return this builder
     */
    public Builder trim(double trim) {
      this.trim = trim;
      return this;
    }

    /**
     * Sets the improvement direction of the measure.
     *
     * @param direction which way the measure improves
     * @return this builder
     */
    public Builder direction(ImprovementDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * {@return the options}
     *
     * @throws ValidationException when the target or the trim is out of range, or exact limits are
     *     asked for a count ratio, naming the option
     */
    public FunnelOptions build() {
      Problems problems = Problems.collector();
      if (!(trim >= 0 && trim < 0.5)) {
        problems.at("trim").add("funnel.trim", "trim " + trim + " is not in [0, 0.5)");
      }
      if (target.isPresent()) {
        double t = target.getAsDouble();
        Problems at = problems.at("target");
        if (!Double.isFinite(t)) {
          at.add("funnel.target", "target " + t + " is not a finite number");
        } else if (type == IndicatorType.PROPORTION && (t < 0 || t > 1)) {
          at.add("funnel.target", "target " + t + " is not a proportion in [0, 1]");
        } else if ((type == IndicatorType.RATIO || type == IndicatorType.COUNT_RATIO) && t <= 0) {
          at.add(
              "funnel.target",
              "target " + t + " is not positive, as a " + type + " target must be");
        } else if (type == IndicatorType.RATE && t < 0) {
          at.add("funnel.target", "target " + t + " is negative");
        }
      }
      if (type == IndicatorType.COUNT_RATIO && limits.equals(Optional.of(LimitMethod.EXACT))) {
        problems
            .at("limits")
            .add("funnel.limits", "limits exact are not defined for a count-ratio; use normal");
      }
      problems.throwIfAny();
      return new FunnelOptions(this);
    }
  }
}
