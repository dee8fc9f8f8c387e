package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.validation.Problems;

/**
 * One dated version of the network's purpose (the seeds: "a clear, strategic narrative on the
 * purpose of your network ... may need to change as your network evolves"): the strategy narrative
 * and its objectives, each linked to the network's measures that evidence it. A version is in force
 * from its {@code from} day until the next version's; the board reviews it by {@code reviewBy}.
 * Immutable and thread-safe.
 *
 * <p>JSON: {@code {"id": "2024", "from": "2024-04-01", "reviewBy": "2025-03-31", "owner": "chair",
 * "approvedBy": "board", "narrative": "...", "objectives": [{"id": "O1", "text": "...", "measures":
 * ["hba1c-under-58"], "owner": "lead-nurse"}]}}.
 *
 * @param id the version's identifier, unique in the document
 * @param from the first day it is in force
 * @param reviewBy the day by which the board reviews it, after {@code from}
 * @param owner the post that owns the narrative: the actor of its findings
 * @param approvedBy the body that approved it and holds the objectives to account, if named
 * @param narrative the strategy narrative, at most {@link #MAX_NARRATIVE} characters
 * @param objectives the objectives, at most {@link #MAX_OBJECTIVES}, identifiers unique
 */
public record Purpose(
    String id,
    LocalDate from,
    LocalDate reviewBy,
    String owner,
    Optional<String> approvedBy,
    String narrative,
    List<Purpose.StrategicObjective> objectives) {

  /** The longest narrative accepted, in characters. */
  public static final int MAX_NARRATIVE = 20_000;

  /** The most objectives of one version. */
  public static final int MAX_OBJECTIVES = 100;

  /** The most measures linked to one objective. */
  public static final int MAX_MEASURES = 50;

  /**
   * One objective of the strategy and the measures (ids of the network's measures) that evidence
   * it. An objective with no measure is accepted, and is a finding ({@code objective-unmeasured}).
   *
   * @param id the objective's identifier, unique in its version
   * @param text what the network means to achieve
   * @param measures the measures that evidence it, each once, at most {@link #MAX_MEASURES}
   * @param owner the post responsible for it: the actor of its findings
   */
  public record StrategicObjective(String id, String text, List<String> measures, String owner) {

    /**
     * Checks every part ({@code purpose.measures} for a measure listed twice or too many).
     *
     * @param id the identifier
     * @param text the text
     * @param measures the measures
     * @param owner the owner
     */
    public StrategicObjective {
      Problems problems = Problems.collector();
      Vocabulary.id(problems.at("id"), id);
      Vocabulary.id(problems.at("text"), text);
      Vocabulary.id(problems.at("owner"), owner);
      if (problems.at("measures").required(measures)) {
        problems
            .at("measures")
            .check(
                measures.size() <= MAX_MEASURES,
                "purpose.measures",
                "at most " + MAX_MEASURES + " measures per objective, found " + measures.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < measures.size(); i++) {
          problems
              .at("measures")
              .at(i)
              .check(
                  seen.add(measures.get(i)),
                  "purpose.measures",
                  "'" + measures.get(i) + "' is listed twice");
        }
      }
      problems.throwIfAny();
      measures = List.copyOf(measures);
    }
  }

  /**
   * Checks every part: the review after the start ({@code purpose.review}), the narrative's length
   * ({@code purpose.narrative}), the number of objectives and their identifiers unique ({@code
   * purpose.objectives}).
   *
   * @param id the identifier
   * @param from the first day
   * @param reviewBy the review date
   * @param owner the owner
   * @param approvedBy the approving body
   * @param narrative the narrative
   * @param objectives the objectives
   */
  public Purpose {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("owner"), owner);
    if (problems.at("from").required(from) & problems.at("reviewBy").required(reviewBy)) {
      problems
          .at("reviewBy")
          .check(
              reviewBy.isAfter(from),
              "purpose.review",
              "the review date " + reviewBy + " is not after the version's start " + from);
    }
    if (problems.at("approvedBy").required(approvedBy)) {
      approvedBy.ifPresent(b -> Vocabulary.id(problems.at("approvedBy"), b));
    }
    Vocabulary.id(problems.at("narrative"), narrative);
    if (narrative != null) {
      problems
          .at("narrative")
          .check(
              narrative.length() <= MAX_NARRATIVE,
              "purpose.narrative",
              "at most " + MAX_NARRATIVE + " characters of narrative, found " + narrative.length());
    }
    if (problems.at("objectives").required(objectives)) {
      problems
          .at("objectives")
          .check(
              objectives.size() <= MAX_OBJECTIVES,
              "purpose.objectives",
              "at most " + MAX_OBJECTIVES + " objectives, found " + objectives.size());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < objectives.size(); i++) {
        String o = objectives.get(i).id();
        problems
            .at("objectives")
            .at(i)
            .at("id")
            .check(seen.add(o), "purpose.objectives", "objective '" + o + "' is defined twice");
      }
    }
    problems.throwIfAny();
    objectives = List.copyOf(objectives);
  }

  /**
   * {@return whether the version's review date has passed on the day}
   *
   * @param day the day
   */
  public boolean reviewLapsed(LocalDate day) {
    return reviewBy.isBefore(day);
  }
}
