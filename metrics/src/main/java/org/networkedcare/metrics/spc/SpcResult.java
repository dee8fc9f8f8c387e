package org.networkedcare.metrics.spc;

import java.util.List;
import java.util.Optional;

/**
 * The result of an SPC analysis: one chart per facet, in the order the series were given, and the
 * warnings (rebase dates that match no row, segments with trial limits).
 *
 * @param facets one result per facet
 * @param warnings human-readable warnings; they change nothing in the numbers
 */
public record SpcResult(List<FacetResult> facets, List<String> warnings) {

  /**
   * Copies the lists.
   *
   * @param facets one result per facet
   * @param warnings the warnings
   */
  public SpcResult {
    facets = List.copyOf(facets);
    warnings = List.copyOf(warnings);
  }

  /**
   * {@return the result of one facet, if present}
   *
   * @param facet the facet's name ({@code ""} for a chart without facets)
   */
  public Optional<FacetResult> facet(String facet) {
    for (FacetResult result : facets) {
      if (result.facet().equals(facet)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }
}
