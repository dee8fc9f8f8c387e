package org.networkedcare.governance.assurance;

import java.time.LocalDate;

/**
 * A risk of the register as it stands at the evaluation date.
 *
 * @param id the risk's identifier
 * @param title the risk's title
 * @param initial the initial score
 * @param current the current score
 * @param target the target score
 * @param band the band of the current score
 * @param reviewMonths the band's review interval
 * @param nextReview the last review plus the interval
 * @param aboveAppetite whether the current score is above the objective's appetite
 */
public record RiskStatus(
    String id,
    String title,
    int initial,
    int current,
    int target,
    String band,
    int reviewMonths,
    LocalDate nextReview,
    boolean aboveAppetite) {

  /**
   * Checks no part is null.
   *
   * @param id the risk's identifier
   * @param title the risk's title
   * @param initial the initial score
   * @param current the current score
   * @param target the target score
   * @param band the band of the current score
   * @param reviewMonths the band's review interval
   * @param nextReview the next review
   * @param aboveAppetite whether above appetite
   */
  public RiskStatus {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(band, "band");
    java.util.Objects.requireNonNull(nextReview, "nextReview");
  }
}
