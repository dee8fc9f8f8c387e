package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.networkedcare.core.validation.Problems;

/**
 * A meeting a body held, with the posts whose holders attended. It is quorate when at least the
 * body's quorum of its member posts attended. Immutable and thread-safe.
 *
 * @param body the body's identifier
 * @param date the day it met
 * @param attended the posts present, each once
 * @param decisions the decision records (their ids) the meeting took, each dated the meeting's day
 */
public record Meeting(String body, LocalDate date, List<String> attended, List<String> decisions) {

  /**
   * Checks the parts ({@code meeting.attended} for a post listed twice).
   *
   * @param body the body
   * @param date the day
   * @param attended the posts present
   * @param decisions the decisions taken
   */
  public Meeting {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("body"), body);
    problems.at("date").required(date);
    if (problems.at("attended").required(attended)) {
      problems
          .at("attended")
          .check(
              new HashSet<>(attended).size() == attended.size(),
              "meeting.attended",
              "a post attends once");
    }
    problems.at("decisions").required(decisions);
    problems.throwIfAny();
    attended = List.copyOf(attended);
    decisions = List.copyOf(decisions);
  }

  /**
   * {@return how many of the body's member posts attended}
   *
   * @param of the body whose meeting it was
   */
  public long membersPresent(Body of) {
    return attended.stream().filter(of.members()::contains).count();
  }

  /**
   * {@return whether the meeting was quorate for its body}
   *
   * @param of the body whose meeting it was
   */
  public boolean quorate(Body of) {
    return membersPresent(of) >= of.quorum();
  }
}
