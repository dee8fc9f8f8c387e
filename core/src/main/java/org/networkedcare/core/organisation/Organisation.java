package org.networkedcare.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.core.validation.ValueStyle;

/**
 * An NHS (or other) organisation: its ODS code, name, roles, the dates it opened and closed, and
 * the organisation that succeeded it.
 *
 * <p>Build one with {@link #builder()}; {@code build()} checks every rule and reports every problem
 * at once in a {@link ValidationException}: each attribute present ({@code required}), a non-blank
 * name, the close date not before the open date ({@code organisation.dates} at {@code /closeDate}),
 * no role twice ({@code organisation.role.duplicate} at {@code /otherRoles/i}), not its own
 * successor ({@code organisation.successor.cycle} at {@code /successor}). Longer successor cycles
 * are found where a set of organisations is known ({@link #successorProblems(List)}); the roles and
 * the ODS frame are checked against reference data ({@link #problems(ReferenceData)}).
 *
 * <p>JSON fields: {@code odsCode}, {@code name}, {@code primaryRole}, {@code otherRoles} (may be
 * absent: none), {@code openDate}, {@code closeDate} (optional), {@code successor} (optional).
 */
@Value.Immutable
@ValueStyle
public abstract class Organisation {

  Organisation() {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Organisation} values. {@code build()} reports every missing or invalid field in
   * one {@link org.networkedcare.core.validation.ValidationException}. Not thread-safe: one builder
   * per thread.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /** {@return the organisation's ODS code} */
  public abstract OdsCode odsCode();

  /** {@return the organisation's name} */
  public abstract String name();

  /** {@return the organisation's primary role} */
  public abstract OrganisationRole primaryRole();

  /** {@return the organisation's other roles, none of them the primary} */
  public abstract List<OrganisationRole> otherRoles();

  /** {@return the date the organisation opened} */
  public abstract LocalDate openDate();

  /** {@return the date the organisation closed, if it has} */
  public abstract Optional<LocalDate> closeDate();

  /** {@return the organisation that succeeded this one, if any} */
  public abstract Optional<OdsCode> successor();

  @Value.Check
  void check() {
    Problems problems = Problems.collector();
    problems.at("odsCode").required(odsCode());
    Checks.name(problems.at("name"), name());
    boolean hasPrimary = problems.at("primaryRole").required(primaryRole());
    problems.at("openDate").required(openDate());
    if (problems.at("otherRoles").required(otherRoles())) {
      Set<OrganisationRole> seen = new HashSet<>();
      if (hasPrimary) {
        seen.add(primaryRole());
      }
      for (int i = 0; i < otherRoles().size(); i++) {
        OrganisationRole role = otherRoles().get(i);
        if (problems.at("otherRoles").at(i).required(role)) {
          problems
              .at("otherRoles")
              .at(i)
              .check(
                  seen.add(role),
                  "organisation.role.duplicate",
                  "the role '" + role + "' is already given");
        }
      }
    }
    if (problems.at("closeDate").required(closeDate())
        && openDate() != null
        && closeDate().isPresent()) {
      problems
          .at("closeDate")
          .check(
              !closeDate().get().isBefore(openDate()),
              "organisation.dates",
              "the close date " + closeDate().get() + " is before the open date " + openDate());
    }
    if (problems.at("successor").required(successor())
        && odsCode() != null
        && successor().isPresent()) {
      problems
          .at("successor")
          .check(
              !successor().get().equals(odsCode()),
              "organisation.successor.cycle",
              "an organisation does not succeed itself");
    }
    problems.throwIfAny();
  }

  /** {@return the primary role followed by the other roles} */
  public List<OrganisationRole> roles() {
    List<OrganisationRole> roles = new ArrayList<>();
    roles.add(primaryRole());
    roles.addAll(otherRoles());
    return List.copyOf(roles);
  }

  /**
   * {@return whether the organisation has a role, primary or other}
   *
   * @param role the role
   */
  public boolean hasRole(OrganisationRole role) {
    return primaryRole().equals(role) || otherRoles().contains(role);
  }

  /**
   * {@return whether the organisation was open on a date: on or after its open date and before its
   * close date}
   *
   * @param date the date
   */
  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(openDate()) && closeDate().map(date::isBefore).orElse(true);
  }

  /**
   * {@return whether the organisation is a health service body: one of its roles is in reference
   * data {@code health-service-body-roles}}
   *
   * @param reference the reference data in force
   */
  public boolean isHealthServiceBody(ReferenceData reference) {
    return roles().stream().anyMatch(r -> reference.healthServiceBodyRoles().contains(r.id()));
  }

  /**
   * {@return the problems of this organisation against reference data, paths relative to it} Each
   * role must be known ({@code reference-data.unknown} at {@code /primaryRole} or {@code
   * /otherRoles/i}), and the ODS code must fit a frame of the primary role ({@code ods.frame} at
   * {@code /odsCode}).
   *
   * @param reference the reference data in force
   */
  public List<Problem> problems(ReferenceData reference) {
    Problems problems = Problems.collector();
    if (problems
        .at("primaryRole")
        .check(
            primaryRole().isKnown(reference),
            "reference-data.unknown",
            unknownRole(primaryRole(), reference))) {
      problems
          .at("odsCode")
          .check(
              odsCode().fits(reference.odsFrames(), primaryRole()),
              "ods.frame",
              "'"
                  + odsCode()
                  + "' fits no ODS frame of the role '"
                  + primaryRole()
                  + "': "
                  + reference.odsFrames().frame(primaryRole().id()).orElseThrow().patterns());
    }
    for (int i = 0; i < otherRoles().size(); i++) {
      OrganisationRole role = otherRoles().get(i);
      problems
          .at("otherRoles")
          .at(i)
          .check(role.isKnown(reference), "reference-data.unknown", unknownRole(role, reference));
    }
    return problems.list();
  }

  private static String unknownRole(OrganisationRole role, ReferenceData reference) {
    return "'"
        + role
        + "' is not an organisation role of ods-frames "
        + reference.odsFrames().version()
        + "; the roles are: "
        + String.join(", ", reference.odsFrames().roles());
  }

  /**
   * {@return the successor cycles among a set of organisations} Each organisation whose chain of
   * successors comes back to itself is reported ({@code organisation.successor.cycle} at {@code
   * /i/successor}, {@code i} its index in the list). A successor not in the list ends the chain.
   *
   * @param organisations the organisations, codes distinct
   */
  public static List<Problem> successorProblems(List<Organisation> organisations) {
    // The successor graph has at most one edge from each code (from the first organisation with
    // it), so its cycles are found in one pass: follow each unvisited code until a visited one; if
    // that one was reached on this walk, the codes from it onwards form a cycle.
    Map<OdsCode, Organisation> byCode = new HashMap<>();
    organisations.forEach(o -> byCode.putIfAbsent(o.odsCode(), o));
    Map<OdsCode, Integer> walkOf = new HashMap<>();
    Map<OdsCode, List<OdsCode>> cycleOf = new HashMap<>();
    Map<OdsCode, Integer> positionOf = new HashMap<>();
    int walk = 0;
    for (Organisation first : byCode.values()) {
      walk++;
      List<OdsCode> path = new ArrayList<>();
      OdsCode code = first.odsCode();
      while (code != null && !walkOf.containsKey(code)) {
        walkOf.put(code, walk);
        path.add(code);
        Organisation o = byCode.get(code);
        code = o == null ? null : o.successor().orElse(null);
      }
      if (code != null && walkOf.getOrDefault(code, -1) == walk) {
        List<OdsCode> cycle = List.copyOf(path.subList(path.indexOf(code), path.size()));
        for (int k = 0; k < cycle.size(); k++) {
          cycleOf.put(cycle.get(k), cycle);
          positionOf.put(cycle.get(k), k);
        }
      }
    }
    Problems problems = Problems.collector();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation start = organisations.get(i);
      List<OdsCode> chain;
      if (byCode.get(start.odsCode()) == start) {
        List<OdsCode> cycle = cycleOf.get(start.odsCode());
        if (cycle == null) {
          continue;
        }
        int at = positionOf.getOrDefault(start.odsCode(), 0); // set with the cycle
        chain = new ArrayList<>(cycle.size() + 1);
        for (int k = 0; k <= cycle.size(); k++) {
          chain.add(cycle.get((at + k) % cycle.size()));
        }
      } else {
        chain = duplicateChain(start, byCode); // a repeated code: its own successor, then the graph
        if (chain.isEmpty()) {
          continue;
        }
      }
      problems
          .at(i)
          .at("successor")
          .add(
              "organisation.successor.cycle",
              "the chain of successors comes back to " + start.odsCode() + ": " + chainText(chain));
    }
    return problems.list();
  }

  /**
   * The chain from an organisation whose code an earlier one has, when it comes back to the code;
   * else empty.
   */
  private static List<OdsCode> duplicateChain(
      Organisation start, Map<OdsCode, Organisation> byCode) {
    List<OdsCode> chain = new ArrayList<>();
    chain.add(start.odsCode());
    Set<OdsCode> visited = new HashSet<>(chain);
    Optional<OdsCode> next = start.successor();
    while (next.isPresent()) {
      chain.add(next.get());
      if (next.get().equals(start.odsCode())) {
        return chain;
      }
      if (!visited.add(next.get())) {
        break;
      }
      Organisation following = byCode.get(next.get());
      next = following == null ? Optional.empty() : following.successor();
    }
    return List.of();
  }

  /** At most the first {@value #CHAIN_SHOWN} codes of a long chain, then its end and its length. */
  private static String chainText(List<OdsCode> chain) {
    if (chain.size() <= CHAIN_SHOWN + 1) {
      return String.join(" -> ", chain.stream().map(OdsCode::value).toList());
    }
    return String.join(" -> ", chain.subList(0, CHAIN_SHOWN).stream().map(OdsCode::value).toList())
        + " -> ... -> "
        + chain.get(chain.size() - 1).value()
        + " ("
        + (chain.size() - 1)
        + " organisations)";
  }

  /** The most codes of a successor chain a message names. */
  private static final int CHAIN_SHOWN = 10;

  /** {@return code, name, roles and dates on one line} */
  @Override
  public String toString() {
    return odsCode()
        + " "
        + name()
        + " "
        + roles()
        + " from "
        + openDate()
        + closeDate().map(d -> " to " + d).orElse("")
        + successor().map(s -> " succeeded by " + s).orElse("");
  }
}
