package org.networkedcare.core.network;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.networkedcare.core.reference.FormFamily;
import org.networkedcare.core.reference.OrganisationalForms;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Term;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValueStyle;

/**
 * A network's organisational form, after the Dalton review: a family (collaboration, contractual,
 * consolidation), a form inside it (such as {@code service-level-chain}), the legal vehicle, the
 * number of boards, and what the form pools.
 *
 * <p>{@code build()} checks every attribute is present ({@code required}), the identifiers ({@code
 * id.format}) and at least one board ({@code range} at {@code /boards}). Against reference data
 * {@code organisational-forms} ({@link #problems(ReferenceData)}): the family, form and legal
 * vehicle are known ({@code reference-data.unknown}), the form belongs to the family ({@code
 * form.family} at {@code /form}), and a family of single-board forms (consolidation) has one board
 * ({@code form.consolidation.boards} at {@code /boards}).
 *
 * <p>JSON fields: {@code family}, {@code form}, {@code legalVehicle}, {@code boards}, {@code
 * pooling} ({@link PoolingProfile}).
 */
@Value.Immutable
@ValueStyle
public abstract class OrganisationalForm {

  OrganisationalForm() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link OrganisationalForm} values. {@code build()} reports every missing or invalid
   * field in one {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe:
   * one builder per thread.
   */
  public static final class Builder extends ImmutableOrganisationalForm.Builder {
    Builder() {}
  }

  /** {@return the family: collaboration, contractual or consolidation} */
  public abstract String family();

  /** {@return the form inside the family, such as {@code service-level-chain}} */
  public abstract String form();

  /** {@return the legal vehicle, such as {@code collaboration-agreement}} */
  public abstract String legalVehicle();

  /** {@return the number of boards that govern the network's members} */
  public abstract Integer boards();

  /** {@return what the form pools} */
  public abstract PoolingProfile pooling();

  @Value.Check
  void check() {
    Problems problems = Problems.collector();
    Checks.id(problems.at("family"), family());
    Checks.id(problems.at("form"), form());
    Checks.id(problems.at("legalVehicle"), legalVehicle());
    if (problems.at("boards").required(boards())) {
      problems.at("boards").check(boards() >= 1, "range", "at least one board is required");
    }
    problems.at("pooling").required(pooling());
    problems.throwIfAny();
  }

  /**
   * {@return the problems of this form against reference data, paths relative to it}
   *
   * @param reference the reference data in force
   */
  public List<Problem> problems(ReferenceData reference) {
    Problems problems = Problems.collector();
    OrganisationalForms forms = reference.organisationalForms();
    Optional<FormFamily> family = forms.family(family());
    problems
        .at("family")
        .check(
            family.isPresent(),
            "reference-data.unknown",
            "'"
                + family()
                + "' is not a family of organisational-forms "
                + forms.version()
                + "; the families are: "
                + String.join(", ", forms.families().stream().map(FormFamily::id).toList()));
    Optional<FormFamily> owner = forms.familyOf(form());
    if (owner.isEmpty()) {
      problems
          .at("form")
          .add(
              "reference-data.unknown",
              "'"
                  + form()
                  + "' is not a form of organisational-forms "
                  + forms.version()
                  + "; the forms are: "
                  + String.join(
                      ", ",
                      forms.families().stream()
                          .flatMap(f -> f.forms().stream().map(t -> t.id() + " (" + f.id() + ")"))
                          .toList()));
    } else if (family.isPresent() && !owner.get().id().equals(family())) {
      problems
          .at("form")
          .add(
              "form.family",
              "the form '"
                  + form()
                  + "' belongs to the family '"
                  + owner.get().id()
                  + "', not '"
                  + family()
                  + "'");
    }
    problems
        .at("legalVehicle")
        .check(
            forms.hasLegalVehicle(legalVehicle()),
            "reference-data.unknown",
            "'"
                + legalVehicle()
                + "' is not a legal vehicle of organisational-forms "
                + forms.version()
                + "; the legal vehicles are: "
                + String.join(", ", forms.legalVehicles().stream().map(Term::id).toList()));
    if (family.isPresent() && family.get().singleBoard()) {
      problems
          .at("boards")
          .check(
              boards() == 1,
              "form.consolidation.boards",
              "a " + family() + " form has a single board, not " + boards());
    }
    return problems.list();
  }

  /** {@return family, form, vehicle, boards and pooling} */
  @Override
  public String toString() {
    return family()
        + " / "
        + form()
        + " by "
        + legalVehicle()
        + ", "
        + boards()
        + (boards() == 1 ? " board, " : " boards, ")
        + pooling();
  }
}
