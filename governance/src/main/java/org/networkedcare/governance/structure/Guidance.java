package org.networkedcare.governance.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.networkedcare.core.validation.Problems;

/**
 * An entry of the network's register of standards, pathways and guidance (NICE guidance by its
 * reference, a network standard, a royal college standard) with its recommendations. Immutable and
 * thread-safe.
 *
 * @param id the reference, unique in the register (e.g. {@code NG82})
 * @param title the title
 * @param kind the kind (nice-guideline, nice-quality-standard, nice-technology-appraisal, pathway,
 *     network-standard, royal-college, other)
 * @param recommendations the recommendations, at least one, ids unique
 */
public record Guidance(String id, String title, String kind, List<Recommendation> recommendations) {

  /** The kinds of standard and guidance in the register. */
  public static final List<String> KINDS =
      List.of(
          "nice-guideline",
          "nice-quality-standard",
          "nice-technology-appraisal",
          "pathway",
          "network-standard",
          "royal-college",
          "other");

  /**
   * One recommendation of a guidance entry.
   *
   * @param id its number or identifier within the guidance (e.g. {@code 1.2.3})
   * @param text what it asks
   */
  public record Recommendation(String id, String text) {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param text the text
     */
    public Recommendation {
      Problems problems = Problems.collector();
      Vocabulary.id(problems.at("id"), id);
      Vocabulary.id(problems.at("text"), text);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the parts ({@code guidance.recommendations}: none, or an id twice).
   *
   * @param id the reference
   * @param title the title
   * @param kind the kind
   * @param recommendations the recommendations
   */
  public Guidance {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("title"), title);
    Vocabulary.member(problems.at("kind"), kind, KINDS);
    if (problems.at("recommendations").required(recommendations)) {
      Set<String> ids = new HashSet<>();
      problems
          .at("recommendations")
          .check(
              !recommendations.isEmpty(),
              "guidance.recommendations",
              "guidance has at least one recommendation");
      for (int i = 0; i < recommendations.size(); i++) {
        String r = recommendations.get(i).id();
        problems
            .at("recommendations")
            .at(i)
            .at("id")
            .check(
                ids.add(r),
                "guidance.recommendations",
                "recommendation '" + r + "' is listed once");
      }
    }
    problems.throwIfAny();
    recommendations = List.copyOf(recommendations);
  }

  /**
   * {@return whether the guidance has the recommendation}
   *
   * @param recommendation the recommendation's identifier
   */
  public boolean has(String recommendation) {
    return recommendations.stream().anyMatch(r -> r.id().equals(recommendation));
  }
}
