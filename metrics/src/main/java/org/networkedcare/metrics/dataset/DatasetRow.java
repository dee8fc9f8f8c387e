package org.networkedcare.metrics.dataset;

import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;

/**
 * One row of a measure dataset: the figure of a measure for one period at one organisation,
 * optionally one of its sites and one service. Immutable and thread-safe; a row knows nothing of
 * the file it was read from ({@link MeasureDataset#place(DatasetRow)} does).
 *
 * @param period the reporting period: a month, an NHS financial quarter or a financial year
 * @param organisation the organisation's ODS code
 * @param site the site, or empty for the whole organisation
 * @param service the service, or empty for the whole organisation
 * @param measure the measure's identifier, as in the network document
 * @param figure the figure
 */
public record DatasetRow(
    ReportingPeriod period,
    OdsCode organisation,
    Optional<OdsCode> site,
    Optional<String> service,
    String measure,
    Figure figure) {

  /**
   * Checks that every part is present.
   *
   * @param period the period
   * @param organisation the organisation
   * @param site the site, if any
   * @param service the service, if any
   * @param measure the measure
   * @param figure the figure
   * @throws NullPointerException naming a missing part
   */
  public DatasetRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(figure, "figure");
  }

  /** {@return the unit the row is for: its site, or its organisation when it has no site} */
  public ReportingUnit unit() {
    return site.map(s -> ReportingUnit.site(organisation, s))
        .orElseGet(() -> ReportingUnit.organisation(organisation));
  }

  /**
   * {@return {@code 2024/25-Q1 RC1/RC101 ae-4h: 5766/6246 = 0.92...}, the service after the unit
   * when there is one}
   */
  @Override
  public String toString() {
    return period
        + " "
        + unit()
        + service.map(s -> " " + s).orElse("")
        + " "
        + measure
        + ": "
        + figure;
  }
}
