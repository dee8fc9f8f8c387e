package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * One cell of the guidance grid (IMPRESS): the response of a site to one recommendation, with the
 * timeframe for completion, the post that owns it and, once adopted, the day it was. A cell with an
 * adoption day after the evaluation date is not adopted at that date. Immutable and thread-safe.
 *
 * @param guidance the guidance entry's reference
 * @param recommendation the recommendation's identifier
 * @param site the site
 * @param status the response (planned, in-progress, adopted, not-applicable)
 * @param due the timeframe's last day
 * @param adopted the day it was adopted; present exactly when the status is {@code adopted}
 * @param owner the post that owns the response
 */
public record Adoption(
    String guidance,
    String recommendation,
    OdsCode site,
    String status,
    LocalDate due,
    Optional<LocalDate> adopted,
    String owner) {

  /** The adoption statuses of a recommendation at a site. */
  public static final List<String> STATUSES =
      List.of("planned", "in-progress", "adopted", "not-applicable");

  /**
   * Checks the parts ({@code adoption.adopted}: a date without the status or the status without a
   * date).
   *
   * @param guidance the guidance
   * @param recommendation the recommendation
   * @param site the site
   * @param status the status
   * @param due the due day
   * @param adopted the adoption day
   * @param owner the owner post
   */
  public Adoption {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("guidance"), guidance);
    Vocabulary.id(problems.at("recommendation"), recommendation);
    problems.at("site").required(site);
    Vocabulary.member(problems.at("status"), status, STATUSES);
    problems.at("due").required(due);
    if (problems.at("adopted").required(adopted) && status != null) {
      problems
          .at("adopted")
          .check(
              adopted.isPresent() == "adopted".equals(status),
              "adoption.adopted",
              "an adoption date is given exactly when the status is 'adopted'");
    }
    Vocabulary.id(problems.at("owner"), owner);
    problems.throwIfAny();
  }

  /** {@return whether the recommendation applies at the site} */
  public boolean applies() {
    return !"not-applicable".equals(status);
  }

  /**
   * {@return whether it was adopted on or before the day}
   *
   * @param day the day
   */
  public boolean adoptedBy(LocalDate day) {
    return adopted.filter(d -> !d.isAfter(day)).isPresent();
  }
}
