package org.networkedcare.examples.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.metrics.dataset.DatasetRow;
import org.networkedcare.metrics.dataset.Figure;

/**
 * The named mapping from NHS England's A&amp;E statistics (the NHSRdatasets layout, type 1 rows) to
 * a network's measure dataset (docs/dataset.md), the step that made the example's {@code
 * bbmk-data.csv}:
 *
 * <ul>
 *   <li>only the network's member organisations, in the order of their memberships;
 *   <li>an organisation's row is put at the site where the network document records it providing
 *       the given service (its type 1 department), when there is exactly one such site; otherwise
 *       it stays at the organisation as a whole;
 *   <li>{@value #FOUR_HOUR}: attendances within four hours over attendances; {@value
 *       #OVER_FOUR_HOURS}: breaches over attendances; {@value #ATTENDANCES} and {@value
 *       #ADMISSIONS}: the counts; each made only when the network document defines the measure;
 *   <li>rows by measure (the document's order), organisation, then month.
 * </ul>
 */
public final class AeDataset {

  /** The 4-hour performance measure: a proportion. */
  public static final String FOUR_HOUR = "ae-4h";

  /** The share of attendances over four hours: a proportion. */
  public static final String OVER_FOUR_HOURS = "ae-over-4h";

  /** Type 1 attendances: a count. */
  public static final String ATTENDANCES = "ae-attendances";

  /** Emergency admissions via type 1 A&amp;E: a count. */
  public static final String ADMISSIONS = "ae-admissions";

  private AeDataset() {}

  /**
   * {@return the dataset rows of the network's members' type 1 months}
   *
   * @param months type 1 A&amp;E months, such as {@link AeAttendances#shipped()}
   * @param network the network document
   * @param service the id of the service whose provisions place an organisation's rows at a site
   */
  public static List<DatasetRow> rows(
      List<AeMonth> months, NetworkDocument network, String service) {
    Set<OdsCode> members = new LinkedHashSet<>();
    network.network().memberships().stream()
        .map(NetworkMembership::organisation)
        .forEach(members::add);
    Map<OdsCode, Set<OdsCode>> sites = new HashMap<>();
    for (ServiceProvision p : network.provisions()) {
      if (p.service().equals(service)) {
        sites.computeIfAbsent(p.organisation(), k -> new LinkedHashSet<>()).add(p.site());
      }
    }
    List<DatasetRow> rows = new ArrayList<>();
    for (var measure : network.measures()) {
      for (OdsCode org : members) {
        Set<OdsCode> at = sites.getOrDefault(org, Set.of());
        Optional<OdsCode> site =
            at.size() == 1 ? Optional.of(at.iterator().next()) : Optional.empty();
        months.stream()
            .filter(m -> m.orgCode().equals(org.value()))
            .sorted(java.util.Comparator.comparing(AeMonth::month))
            .forEach(
                m -> {
                  Optional<Figure> figure =
                      switch (measure.id()) {
                        case FOUR_HOUR ->
                            Optional.of(
                                Figure.ratio(
                                    BigDecimal.valueOf(m.attendances() - m.breaches()),
                                    BigDecimal.valueOf(m.attendances())));
                        case OVER_FOUR_HOURS ->
                            Optional.of(
                                Figure.ratio(
                                    BigDecimal.valueOf(m.breaches()),
                                    BigDecimal.valueOf(m.attendances())));
                        case ATTENDANCES ->
                            Optional.of(Figure.of(BigDecimal.valueOf(m.attendances())));
                        case ADMISSIONS ->
                            Optional.of(Figure.of(BigDecimal.valueOf(m.admissions())));
                        default -> Optional.empty();
                      };
                  figure.ifPresent(
                      f ->
                          rows.add(
                              new DatasetRow(
                                  ReportingPeriod.month(m.month()),
                                  org,
                                  site,
                                  Optional.empty(),
                                  measure.id(),
                                  f)));
                });
      }
    }
    return rows;
  }
}
