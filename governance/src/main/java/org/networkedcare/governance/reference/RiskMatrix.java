package org.networkedcare.governance.reference;

import java.util.List;
import org.networkedcare.core.validation.Problems;

/**
 * The risk matrix in force (reference data {@code risk-matrix}): bands of the consequence by
 * likelihood score, each with a review interval. Every one of the fourteen possible products lies
 * in exactly one band ({@code risk-matrix.coverage}).
 *
 * @param id {@code risk-matrix}
 * @param version the data version
 * @param bands the bands, lowest first
 */
public record RiskMatrix(String id, String version, List<Band> bands) {

  /** The fourteen products of a consequence 1-5 and a likelihood 1-5, in increasing order. */
  public static final List<Integer> PRODUCTS =
      List.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25);

  /**
   * One band of the matrix.
   *
   * @param id the band's identifier, such as {@code high}
   * @param name a readable name
   * @param min the least score in the band
   * @param max the greatest score in the band
   * @param reviewMonths how often a risk in the band is reviewed, in months
   */
  public record Band(String id, String name, int min, int max, int reviewMonths) {

    /**
     * Checks the band.
     *
     * @param id the identifier
     * @param name the name
     * @param min the least score
     * @param max the greatest score
     * @param reviewMonths the review interval in months, positive
     */
    public Band {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("name").required(name);
      problems.at("max").check(min <= max, "range.order", "the band's max is below its min");
      problems.at("reviewMonths").check(reviewMonths > 0, "range", "a review interval is positive");
      problems.throwIfAny();
    }
  }

  /**
   * Checks the matrix covers every product exactly once.
   *
   * @param id {@code risk-matrix}
   * @param version the data version
   * @param bands the bands
   */
  public RiskMatrix {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("version").required(version);
    if (problems.at("bands").required(bands)) {
      bands = List.copyOf(bands);
      for (int product : PRODUCTS) {
        long count = bands.stream().filter(b -> b.min() <= product && product <= b.max()).count();
        problems
            .at("bands")
            .check(
                count == 1,
                "risk-matrix.coverage",
                "the score "
                    + product
                    + " lies in "
                    + count
                    + " bands; it must lie in exactly one");
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return the band of a score}
   *
   * @param score a product of consequence and likelihood
   */
  public Band band(int score) {
    return bands.stream()
        .filter(b -> b.min() <= score && score <= b.max())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no band holds the score " + score));
  }
}
