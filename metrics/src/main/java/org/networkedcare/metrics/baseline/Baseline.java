package org.networkedcare.metrics.baseline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;

/**
 * A measure's value for a service before a change, as the host measured it: what was measured
 * ({@link #measure()}), where ({@link #scope()}), over which period, the value and the count it
 * rests on (such as 20,000 appointments a year), the source, the date it was captured and its
 * data-quality grade.
 *
 * <p>A baseline captured after the change it measures is weaker evidence: the appraisal reports a
 * warning naming it.
 *
 * <p>JSON: {@code {"id": "dna-host-a", "measure": "dna-rate", "scope": {"organisation": "host-a",
 * "site": "RXX01", "service": "dermatology"}, "period": {"from": "2024-04-01", "to": "2025-04-01"},
 * "value": 0.12, "count": 20000, "source": "host PAS extract", "capturedOn": "2025-05-02",
 * "dataQuality": 2}}; {@code measure} names one of the document's measures.
 */
@Value.Immutable
@ValueStyle
public abstract class Baseline {

  /**
   * Where a baseline was measured.
   *
   * @param organisation the id of the organisation that measured it
   * @param site the site, if one
   * @param service the service, if one
   */
  public record Scope(String organisation, Optional<String> site, Optional<String> service) {

    /**
     * Checks the parts are present and the organisation is named.
     *
     * @param organisation the organisation id
     * @param site the site, if one
     * @param service the service, if one
     */
    public Scope {
      Problems problems = Problems.collector();
      if (problems.at("organisation").required(organisation)) {
        problems
            .at("organisation")
            .check(!organisation.isBlank(), "blank", "an organisation is named");
      }
      problems.at("site").required(site);
      problems.at("service").required(service);
      problems.throwIfAny();
    }

    /** {@return organisation, site and service joined by {@code /}} */
    @Override
    public String toString() {
      return organisation
          + site.map(s -> "/" + s).orElse("")
          + service.map(s -> "/" + s).orElse("");
    }
  }

  /** For the generated implementation only. */
  Baseline() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Baseline} values. {@code build()} reports every missing or invalid field in one
   * {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder per
   * thread.
   */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }

  /** {@return the baseline's id, unique in its document} */
  public abstract String id();

  /** {@return what was measured} */
  public abstract Measure measure();

  /** {@return where it was measured} */
  public abstract Scope scope();

  /** {@return the period the value covers} */
  public abstract DateRange period();

  /** {@return the measured value, in the measure's unit} */
  public abstract BigDecimal value();

  /** {@return the count the value rests on over the period, such as appointments; from 0} */
  public abstract long count();

  /** {@return where the value comes from} */
  public abstract String source();

  /** {@return the date the value was captured} */
  public abstract LocalDate capturedOn();

  /**
   * {@return the data-quality grade, 1 (independently audited, recent, local) to 5 (expert
   * judgement)}
   */
  public abstract int dataQuality();

  /**
   * Checks the baseline: a non-blank id and source, a count from 0, a grade 1 to 5, a capture date
   * not before the period starts, and for a proportion a value in [0, 1].
   *
   * @throws ValidationException with every problem, paths relative to the baseline
   */
  @Value.Check
  protected void check() {
    Problems p = Problems.collector();
    p.at("id").required(id());
    p.at("measure").required(measure());
    p.at("scope").required(scope());
    p.at("period").required(period());
    p.at("value").required(value());
    p.at("source").required(source());
    p.at("capturedOn").required(capturedOn());
    // A builder left a field unset: report every such field together, before the checks that
    // read them.
    p.throwIfAny();
    p.at("id").check(!id().isBlank(), "blank", "an id is not blank");
    p.at("source").check(!source().isBlank(), "blank", "a source is named");
    p.at("count").check(count() >= 0, "range", "a count is from 0");
    p.at("dataQuality")
        .check(dataQuality() >= 1 && dataQuality() <= 5, "range", "the grade is 1 to 5");
    p.at("capturedOn")
        .check(
            !capturedOn().isBefore(period().from()),
            "baseline.captured-before-period",
            "the value was captured on "
                + capturedOn()
                + ", before its period starts on "
                + period().from());
    if (measure().kind() == org.networkedcare.core.measure.MeasureKind.PROPORTION) {
      p.at("value")
          .check(
              value().signum() >= 0 && value().compareTo(BigDecimal.ONE) <= 0,
              "range",
              "a proportion is in [0, 1]");
    }
    p.throwIfAny();
  }

  /**
   * {@return whether the baseline was captured after a change it measures} (strictly after the day
   * of the change).
   *
   * @param change the date of the change
   */
  public boolean capturedAfter(LocalDate change) {
    return capturedOn().isAfter(change);
  }
}
