package org.networkedcare.governance.assurance;

import java.util.List;
import org.networkedcare.core.validation.Problems;

/**
 * The board questions (reference data {@code board-questions}) a measure evidences.
 *
 * <p>JSON: {@code {"measure": "rtt-18wk", "questions": ["quality"]}}.
 *
 * @param measure the measure's identifier
 * @param questions the questions' identifiers
 */
public record EvidenceTag(String measure, List<String> questions) {

  /**
   * Checks the parts are present.
   *
   * @param measure the measure
   * @param questions the questions
   */
  public EvidenceTag {
    Problems problems = Problems.collector();
    problems.at("measure").required(measure);
    if (problems.at("questions").required(questions)) {
      questions = List.copyOf(questions);
    }
    problems.throwIfAny();
  }
}
