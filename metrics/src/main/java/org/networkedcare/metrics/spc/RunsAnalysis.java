package org.networkedcare.metrics.spc;

/**
 * The Anhøj runs analysis of one segment, as the R package qicharts2 reports it: a run is a stretch
 * of consecutive points on one side of the centre line (points on the line, or missing, neither
 * break nor extend it); a crossing is a change of side between two useful points. The segment
 * signals non-random variation when its longest run is longer than {@code round(log2(n)) + 3} or it
 * has fewer crossings than the 5% quantile of Binomial(n - 1, 1/2), {@code n} being the number of
 * useful points (Anhøj and Olesen 2014; Schilling 2012; Chen 2010).
 *
 * <p>This is qicharts2's signal for shifts; the Making Data Count point types and icons come from
 * the four special-cause rules ({@link SpecialCause}), which these counts do not change. With no
 * useful point every count is 0 and there is no signal.
 *
 * @param usefulPoints points with a value off the centre line
 * @param longestRun the length of the longest run
 * @param longestRunLimit the longest run expected by chance, {@code round(log2(usefulPoints)) + 3}
 * @param crossings the number of crossings of the centre line
 * @param crossingsMinimum the fewest crossings expected by chance, the 5% quantile of
 *     Binomial({@code usefulPoints - 1}, 1/2)
 * @param signal whether the longest run is above its limit or the crossings below their minimum
 */
public record RunsAnalysis(
    int usefulPoints,
    int longestRun,
    int longestRunLimit,
    int crossings,
    int crossingsMinimum,
    boolean signal) {

  /**
   * Checks that the counts are not negative.
   *
   * @param usefulPoints points off the centre line
   * @param longestRun the longest run
   * @param longestRunLimit the limit for the longest run
   * @param crossings the crossings
   * @param crossingsMinimum the minimum for the crossings
   * @param signal whether a rule fired
   */
  public RunsAnalysis {
    if (usefulPoints < 0
        || longestRun < 0
        || longestRunLimit < 0
        || crossings < 0
        || crossingsMinimum < 0) {
      throw new IllegalArgumentException("negative count in a runs analysis");
    }
  }
}
