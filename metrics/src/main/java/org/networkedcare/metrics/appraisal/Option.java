package org.networkedcare.metrics.appraisal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;

/**
 * One option of an appraisal: the counterfactual (business as usual, with its own cost and outcome
 * streams) or a network option (hub and host sites, a joint venture, a management contract...).
 * Results are always a network option against the counterfactual.
 *
 * <p>JSON: {@code {"id": "hub-and-host", "name": "...", "counterfactual": false, "changeDate":
 * "2026-04-01", "description": "...", "lines": [...]}}.
 */
@Value.Immutable
@ValueStyle
public abstract class Option {

  /** For the generated implementation only. */
  Option() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Option} values. {@code build()} reports every missing or invalid field in one
   * {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder per
   * thread.
   */
  public static final class Builder extends ImmutableOption.Builder {
    Builder() {}
  }

  /** {@return the option's id, unique in the appraisal} */
  public abstract String id();

  /** {@return the option's name} */
  public abstract String name();

  /** {@return whether this is the counterfactual; an appraisal has exactly one} */
  @Value.Default
  public boolean counterfactual() {
    return false;
  }

  /**
   * {@return the date the option's change takes effect (a baseline captured after it draws a
   * warning); default the first day of year 0}
   */
  public abstract Optional<LocalDate> changeDate();

  /** {@return what the option is} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return the option's cost and benefit lines} */
  public abstract List<Line> lines();

  /**
   * Checks the id and name are not blank and line ids are unique.
   *
   * @throws ValidationException with every problem, paths relative to the option
   */
  @Value.Check
  protected void check() {
    Problems p = Problems.collector();
    p.at("id").required(id());
    p.at("name").required(name());
    // A builder left a field unset: report every such field together, before the checks that
    // read them.
    p.throwIfAny();
    p.at("id").check(!id().isBlank(), "blank", "an id is not blank");
    p.at("name").check(!name().isBlank(), "blank", "a name is not blank");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < lines().size(); i++) {
      String id = lines().get(i).id();
      p.at("lines")
          .at(i)
          .at("id")
          .check(
              seen.add(id), "duplicate", "the line id '" + id + "' is used twice in this option");
    }
    p.throwIfAny();
  }
}
