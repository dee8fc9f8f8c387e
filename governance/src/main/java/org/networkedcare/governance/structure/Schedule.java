package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A training or audit schedule at a site or for a post: done every so many months, next due on the
 * last completion (or the schedule's start) plus the interval. A completion after the evaluation
 * date is not known at that date. Immutable and thread-safe.
 *
 * @param id the identifier, unique in the document
 * @param kind {@code training} or {@code audit}
 * @param title what is trained or audited
 * @param site the site it applies to, if one
 * @param post the post it applies to (mandatory training of the holder), if one
 * @param everyMonths the interval in months, 1 to 60
 * @param from the day the schedule began
 * @param completions the days it was done, any order
 * @param owner the post responsible for it being done
 */
public record Schedule(
    String id,
    String kind,
    String title,
    Optional<OdsCode> site,
    Optional<String> post,
    int everyMonths,
    LocalDate from,
    java.util.List<LocalDate> completions,
    String owner) {

  /** The kinds of schedule. */
  public static final List<String> KINDS = List.of("training", "audit");

  /**
   * Checks the parts ({@code schedule.interval}).
   *
   * @param id the identifier
   * @param kind the kind
   * @param title the title
   * @param site the site
   * @param post the post
   * @param everyMonths the interval
   * @param from the start
   * @param completions the completions
   * @param owner the owner post
   */
  public Schedule {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.member(problems.at("kind"), kind, KINDS);
    Vocabulary.id(problems.at("title"), title);
    problems.at("site").required(site);
    problems.at("post").required(post);
    problems
        .at("everyMonths")
        .check(
            everyMonths >= 1 && everyMonths <= 60,
            "schedule.interval",
            "a schedule repeats every 1 to 60 months, not " + everyMonths);
    problems.at("from").required(from);
    problems.at("completions").required(completions);
    Vocabulary.id(problems.at("owner"), owner);
    problems.throwIfAny();
    completions = java.util.List.copyOf(completions);
  }

  /**
   * {@return the day it is next due, judged with what is known on the day given}
   *
   * @param asOf the evaluation date
   */
  public LocalDate nextDue(LocalDate asOf) {
    LocalDate last = from;
    for (LocalDate c : completions) {
      if (!c.isAfter(asOf) && c.isAfter(last)) {
        last = c;
      }
    }
    return last.plusMonths(everyMonths);
  }
}
