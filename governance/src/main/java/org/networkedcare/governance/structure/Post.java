package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.PartnerId;
import org.networkedcare.core.validation.Problems;

/**
 * A post of the network (network manager, clinical lead, boundary spanner, patient voice member,
 * lay member, ...), the organisation that employs its holder (an ODS code, or a partner's local
 * identifier), the sites it covers, the constituency it represents on the network's bodies, and the
 * people who held it over half-open periods {@code [from, to)}. A post with no holder on a date is
 * vacant then; a vacancy longer than {@code vacancyLimitDays} is a finding. Escalation levels and
 * action owners name posts as {@code {"post": id}}. Immutable and thread-safe.
 *
 * @param id the post's identifier, unique in the document
 * @param title the post's title, as findings name the actor
 * @param kind the kind of post (network-manager, clinical-lead, boundary-spanner, patient-voice,
 *     lay-member, chair, executive, clinician, manager, other)
 * @param constituency what the post represents on a body, if anything (patient-voice, carers,
 *     public-health, primary-care, secondary-care, social-care, commissioner, lay, academic,
 *     voluntary-sector, other)
 * @param employer the employing organisation's ODS code or partner identifier
 * @param sites the sites the post covers (none: the whole network)
 * @param from the day the post was established
 * @param to the day the post ended (exclusive), if it has
 * @param vacancyLimitDays the longest the post may be vacant, in calendar days
 * @param reportsTo the post its holder reports to, if any: the actor for a vacancy
 * @param holders the people who held it, in any order, periods not overlapping
 */
public record Post(
    String id,
    String title,
    String kind,
    Optional<String> constituency,
    String employer,
    List<OdsCode> sites,
    LocalDate from,
    Optional<LocalDate> to,
    int vacancyLimitDays,
    Optional<String> reportsTo,
    List<Holding> holders) {

  /** The constituencies a post represents and a body's membership asks for. */
  public static final List<String> CONSTITUENCIES =
      List.of(
          "patient-voice",
          "carers",
          "public-health",
          "primary-care",
          "secondary-care",
          "social-care",
          "commissioner",
          "lay",
          "academic",
          "voluntary-sector",
          "other");

  /** The kinds of post. */
  public static final List<String> KINDS =
      List.of(
          "network-manager",
          "clinical-lead",
          "boundary-spanner",
          "patient-voice",
          "lay-member",
          "chair",
          "executive",
          "clinician",
          "manager",
          "other");

  /**
   * One person's holding of a post over {@code [from, to)}.
   *
   * @param person the person's name (or a pseudonymous identifier)
   * @param from the first day held
   * @param to the first day no longer held, if known
   */
  public record Holding(String person, LocalDate from, Optional<LocalDate> to) {

    /**
     * Checks the parts.
     *
     * @param person the person
     * @param from the start
     * @param to the end
     */
    public Holding {
      Problems problems = Problems.collector();
      Vocabulary.id(problems.at("person"), person);
      problems.at("from").required(from);
      Vocabulary.period(problems, from, to);
      problems.throwIfAny();
    }

    /** {@return whether the holding covers the day} */
    boolean covers(LocalDate day) {
      return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
    }
  }

  /** The longest vacancy limit accepted, in days (ten years). */
  public static final int MAX_VACANCY_LIMIT_DAYS = 3660;

  /**
   * Checks every part: vocabularies ({@code unknown-value}), the employer's form ({@code
   * post.employer}), the limit ({@code post.vacancy-limit}), holdings inside the post's life and
   * not overlapping ({@code post.holders}).
   *
   * @param id the identifier
   * @param title the title
   * @param kind the kind
   * @param constituency the constituency
   * @param employer the employer
   * @param sites the sites
   * @param from the start
   * @param to the end
   * @param vacancyLimitDays the vacancy limit
   * @param reportsTo the post reported to
   * @param holders the holdings
   */
  public Post {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("title"), title);
    Vocabulary.member(problems.at("kind"), kind, KINDS);
    if (problems.at("constituency").required(constituency)) {
      constituency.ifPresent(
          c -> Vocabulary.member(problems.at("constituency"), c, CONSTITUENCIES));
    }
    if (problems.at("employer").required(employer)) {
      problems
          .at("employer")
          .check(
              OdsCode.FORMAT.matcher(employer).matches() || PartnerId.matches(employer),
              "post.employer",
              "'" + employer + "' is neither an ODS code nor a local partner identifier");
    }
    problems.at("sites").required(sites);
    problems.at("from").required(from);
    Vocabulary.period(problems, from, to);
    problems
        .at("vacancyLimitDays")
        .check(
            vacancyLimitDays > 0 && vacancyLimitDays <= MAX_VACANCY_LIMIT_DAYS,
            "post.vacancy-limit",
            "the vacancy limit is 1 to "
                + MAX_VACANCY_LIMIT_DAYS
                + " days, not "
                + vacancyLimitDays);
    problems.at("reportsTo").required(reportsTo);
    if (problems.at("holders").required(holders) && from != null && to != null) {
      List<Holding> sorted = new ArrayList<>(holders);
      sorted.sort(Comparator.comparing(Holding::from));
      for (int i = 0; i < sorted.size(); i++) {
        Holding h = sorted.get(i);
        Problems at = problems.at("holders").at(holders.indexOf(h));
        at.check(
            !h.from().isBefore(from) && to.map(t -> h.from().isBefore(t)).orElse(true),
            "post.holders",
            "a holding from " + h.from() + " is inside the post's life");
        if (i > 0) {
          Holding before = sorted.get(i - 1);
          at.check(
              before.to().map(t -> !t.isAfter(h.from())).orElse(false),
              "post.holders",
              "a holding from " + h.from() + " overlaps the one from " + before.from());
        }
      }
    }
    problems.throwIfAny();
    sites = List.copyOf(sites);
    holders = List.copyOf(holders);
  }

  /**
   * {@return whether the post exists on the day}
   *
   * @param day the day
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(from) && to.map(day::isBefore).orElse(true);
  }

  /**
   * {@return the holding on the day, if the post is held then}
   *
   * @param day the day
   */
  public Optional<Holding> holderOn(LocalDate day) {
    return holders.stream().filter(h -> h.covers(day)).findFirst();
  }

  /**
   * {@return the first day of the vacancy the post is in on the day}: empty when the post does not
   * exist then or is held; otherwise the end of the last holding before the day, or the post's
   * start when no one held it before
   *
   * @param day the day
   */
  public Optional<LocalDate> vacantSince(LocalDate day) {
    if (!activeOn(day) || holderOn(day).isPresent()) {
      return Optional.empty();
    }
    LocalDate since = from;
    for (Holding h : holders) {
      if (h.to().isPresent() && !h.to().get().isAfter(day) && h.to().get().isAfter(since)) {
        since = h.to().get();
      }
    }
    return Optional.of(since);
  }
}
