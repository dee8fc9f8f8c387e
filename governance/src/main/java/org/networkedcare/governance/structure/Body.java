package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;

/**
 * A body of the network (the network board, a committee, a clinical governance group) and its terms
 * of reference: its purpose, its membership by post, the constituencies its membership must
 * include, its quorum (members present), how often it meets, what it decides and what it only
 * advises on, and the body it reports to. Immutable and thread-safe.
 *
 * @param id the body's identifier, unique in the document
 * @param name the body's name
 * @param purpose the purpose in its terms of reference
 * @param chair the post that chairs it: the actor of its findings
 * @param members the member posts
 * @param constituencies the constituencies its membership must include (reference: a post's
 *     constituency)
 * @param quorum the number of member posts present for a meeting to be quorate, 1 to the number of
 *     members
 * @param meetingEveryMonths the longest gap between meetings, in months (1 to 12)
 * @param decides the matters it decides
 * @param advises the matters it only advises on
 * @param reportsTo the body it reports to, if any
 * @param from the day its terms of reference took effect
 */
public record Body(
    String id,
    String name,
    String purpose,
    String chair,
    List<String> members,
    List<String> constituencies,
    int quorum,
    int meetingEveryMonths,
    List<String> decides,
    List<String> advises,
    Optional<String> reportsTo,
    LocalDate from) {

  /**
   * Checks every part: members listed once ({@code body.members}), constituencies known ({@code
   * unknown-value}), quorum within the membership ({@code body.quorum}), frequency 1 to 12 months
   * ({@code body.frequency}), nothing both decided and only advised on ({@code body.powers}).
   *
   * @param id the identifier
   * @param name the name
   * @param purpose the purpose
   * @param chair the chair
   * @param members the members
   * @param constituencies the constituencies
   * @param quorum the quorum
   * @param meetingEveryMonths the frequency
   * @param decides what it decides
   * @param advises what it advises on
   * @param reportsTo the body reported to
   * @param from the start
   */
  public Body {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("name"), name);
    Vocabulary.id(problems.at("purpose"), purpose);
    Vocabulary.id(problems.at("chair"), chair);
    if (problems.at("members").required(members)) {
      problems
          .at("members")
          .check(!members.isEmpty(), "body.members", "a body has at least one member post");
      problems
          .at("members")
          .check(
              new HashSet<>(members).size() == members.size(),
              "body.members",
              "a post is a member once");
      if (chair != null) {
        problems
            .at("chair")
            .check(
                members.contains(chair),
                "body.chair",
                "the chair '" + chair + "' is a member post");
      }
      problems
          .at("quorum")
          .check(
              quorum >= 1 && quorum <= members.size(),
              "body.quorum",
              "the quorum is 1 to the " + members.size() + " members, not " + quorum);
    }
    if (problems.at("constituencies").required(constituencies)) {
      for (int i = 0; i < constituencies.size(); i++) {
        Vocabulary.member(
            problems.at("constituencies").at(i), constituencies.get(i), Post.CONSTITUENCIES);
      }
    }
    problems
        .at("meetingEveryMonths")
        .check(
            meetingEveryMonths >= 1 && meetingEveryMonths <= 12,
            "body.frequency",
            "a body meets every 1 to 12 months, not " + meetingEveryMonths);
    if (problems.at("decides").required(decides) && problems.at("advises").required(advises)) {
      for (String d : decides) {
        problems
            .at("advises")
            .check(
                !advises.contains(d),
                "body.powers",
                "'" + d + "' is both decided and only advised on");
      }
    }
    if (problems.at("reportsTo").required(reportsTo)) {
      reportsTo.ifPresent(
          r ->
              problems
                  .at("reportsTo")
                  .check(!r.equals(id), "body.reports-to", "a body does not report to itself"));
    }
    problems.at("from").required(from);
    problems.throwIfAny();
    members = List.copyOf(members);
    constituencies = List.copyOf(constituencies);
    decides = List.copyOf(decides);
    advises = List.copyOf(advises);
  }

  /**
   * {@return whether the body may decide the matter}
   *
   * @param matter the matter's kind, as named in the terms of reference
   */
  public boolean decides(String matter) {
    return decides.contains(matter);
  }
}
