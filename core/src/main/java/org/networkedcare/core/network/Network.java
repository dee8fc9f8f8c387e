package org.networkedcare.core.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.reference.NetworkTypeDefinition;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValueStyle;

/**
 * A care network: a centre running services at host sites, or several organisations pooling a
 * service, with its memberships and organisational form.
 *
 * <p>{@code build()} checks every attribute is present ({@code required}), the identifier ({@code
 * id.format}), a non-blank name, and that no two memberships of the same organisation in the same
 * role share a date ({@code membership.overlap} at {@code /memberships/j}, {@code j} the later of
 * each overlapping pair; touching half-open periods do not overlap). Against reference data ({@link
 * #problems(ReferenceData)}): the type and the membership roles are known ({@code
 * reference-data.unknown}), the form fits ({@link OrganisationalForm#problems(ReferenceData)}), and
 * where the type names an {@code exactlyOneRole} (a lead-provider collaborative's {@code
 * lead-provider}) exactly one membership in that role is valid on every date of the network's
 * {@link #life()} ({@code membership.lead-provider.count}, in general {@code
 * membership.ROLE.count}, at {@code /memberships}, once per stretch of dates that breaks the rule).
 *
 * <p>JSON fields: {@code id}, {@code name}, {@code type}, {@code odsCode} (optional), {@code
 * footprint} ({@code ics}, {@code region}, {@code national}), {@code memberships} (may be absent:
 * none), {@code form} (optional, {@link OrganisationalForm}).
 */
@Value.Immutable
@ValueStyle
public abstract class Network {

  Network() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Network} values. {@code build()} reports every missing or invalid field in one
   * {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder per
   * thread.
   */
  public static final class Builder extends ImmutableNetwork.Builder {
    Builder() {}
  }

  /** {@return the network's identifier, such as {@code eastern-eye}} */
  public abstract String id();

  /** {@return the network's name} */
  public abstract String name();

  /** {@return the network's type} */
  public abstract NetworkType type();

  /** {@return the network's own ODS code (role {@code clinical-network}), if it has one} */
  public abstract Optional<OdsCode> odsCode();

  /** {@return the area the network covers} */
  public abstract Footprint footprint();

  /** {@return the memberships, past, present and future, in the order recorded} */
  public abstract List<NetworkMembership> memberships();

  /** {@return the network's organisational form, if recorded} */
  public abstract Optional<OrganisationalForm> form();

  @Value.Check
  void check() {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id());
    Checks.name(problems.at("name"), name());
    problems.at("type").required(type());
    problems.at("odsCode").required(odsCode());
    problems.at("footprint").required(footprint());
    problems.at("form").required(form());
    if (problems.at("memberships").required(memberships())) {
      List<NetworkMembership> list = memberships();
      for (int j = 0; j < list.size(); j++) {
        NetworkMembership later = list.get(j);
        if (!problems.at("memberships").at(j).required(later)) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          NetworkMembership earlier = list.get(i);
          if (earlier != null && earlier.overlaps(later)) {
            problems
                .at("memberships")
                .at(j)
                .add(
                    "membership.overlap",
                    "overlaps membership "
                        + i
                        + ": "
                        + later.organisation()
                        + " is already "
                        + later.role()
                        + " over "
                        + earlier.validity());
          }
        }
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return the network's life: from the first membership's start to the last one's end
   * (open-ended when any membership is), or empty without memberships}
   */
  public Optional<DateRange> life() {
    if (memberships().isEmpty()) {
      return Optional.empty();
    }
    LocalDate from =
        memberships().stream()
            .map(m -> m.validity().from())
            .min(LocalDate::compareTo)
            .orElseThrow();
    boolean open = memberships().stream().anyMatch(m -> m.validity().to().isEmpty());
    if (open) {
      return Optional.of(DateRange.startingOn(from));
    }
    LocalDate to =
        memberships().stream()
            .map(m -> m.validity().to().orElseThrow())
            .max(LocalDate::compareTo)
            .orElseThrow();
    return Optional.of(DateRange.of(from, to));
  }

  /**
   * {@return the memberships valid on a date}
   *
   * @param date the date
   */
  public List<NetworkMembership> membershipsOn(LocalDate date) {
    return memberships().stream().filter(m -> m.isValidOn(date)).toList();
  }

  /**
   * {@return the memberships in a role valid on a date}
   *
   * @param role the role
   * @param date the date
   */
  public List<NetworkMembership> membershipsOn(NetworkRole role, LocalDate date) {
    return membershipsOn(date).stream().filter(m -> m.role().equals(role)).toList();
  }

  /**
   * {@return the problems of this network against reference data, paths relative to it}
   *
   * @param reference the reference data in force
   */
  public List<Problem> problems(ReferenceData reference) {
    Problems problems = Problems.collector();
    Optional<NetworkTypeDefinition> definition = reference.networkTypes().type(type().id());
    problems
        .at("type")
        .check(
            definition.isPresent(),
            "reference-data.unknown",
            "'"
                + type()
                + "' is not a type of network-types "
                + reference.networkTypes().version()
                + "; the types are: "
                + String.join(", ", reference.networkTypes().ids()));
    for (int i = 0; i < memberships().size(); i++) {
      NetworkRole role = memberships().get(i).role();
      problems
          .at("memberships")
          .at(i)
          .at("role")
          .check(
              role.isKnown(reference),
              "reference-data.unknown",
              "'"
                  + role
                  + "' is not a role of network-roles "
                  + reference.networkRoles().version()
                  + "; the roles are: "
                  + String.join(", ", reference.networkRoles().ids()));
    }
    form().ifPresent(f -> problems.at("form").addAll(f.problems(reference)));
    definition
        .flatMap(NetworkTypeDefinition::exactlyOneRole)
        .ifPresent(role -> exactlyOne(problems.at("memberships"), NetworkRole.of(role)));
    return problems.list();
  }

  private void exactlyOne(Problems problems, NetworkRole role) {
    String code = "membership." + role.id() + ".count";
    Optional<DateRange> life = life();
    if (life.isEmpty()) {
      problems.add(
          code, "a " + type() + " has exactly one " + role + "; this network has no memberships");
      return;
    }
    List<NetworkMembership> inRole =
        memberships().stream().filter(m -> m.role().equals(role)).toList();
    TreeSet<LocalDate> bounds = new TreeSet<>();
    bounds.add(life.get().from());
    for (NetworkMembership m : inRole) {
      bounds.add(m.validity().from());
      m.validity().to().ifPresent(bounds::add);
    }
    life.get().to().ifPresent(bounds::add);
    List<LocalDate> points = new ArrayList<>(bounds);
    LocalDate badStart = null;
    int badCount = -1;
    for (int k = 0; k < points.size(); k++) {
      LocalDate at = points.get(k);
      if (!life.get().contains(at)) {
        continue;
      }
      int count = (int) inRole.stream().filter(m -> m.isValidOn(at)).count();
      if (badStart != null && count != badCount) {
        reportStretch(problems, code, role, badStart, Optional.of(at), badCount);
        badStart = null;
      }
      if (count != 1 && badStart == null) {
        badStart = at;
        badCount = count;
      }
    }
    if (badStart != null) {
      reportStretch(problems, code, role, badStart, life.get().to(), badCount);
    }
  }

  private void reportStretch(
      Problems problems,
      String code,
      NetworkRole role,
      LocalDate from,
      Optional<LocalDate> to,
      int count) {
    problems.add(
        code,
        "a "
            + type()
            + " has exactly one "
            + role
            + " on every date of its life; "
            + new DateRange(from, to)
            + " has "
            + count);
  }

  /** {@return identifier, name, type, footprint, memberships and form} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(id())
        .append(" (")
        .append(name())
        .append("), ")
        .append(type())
        .append(", ")
        .append(footprint());
    odsCode().ifPresent(c -> text.append(", ODS ").append(c));
    form().ifPresent(f -> text.append(System.lineSeparator()).append("  form: ").append(f));
    for (NetworkMembership m : memberships()) {
      text.append(System.lineSeparator()).append("  ").append(m);
    }
    return text.toString();
  }
}
