package org.networkedcare.examples.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.ReportingUnit;

/**
 * What a board pack evaluates (docs/board-pack.md): a network's governance document, its appraisal
 * and its measure dataset, the organisations, levels and measures charted, the SPC baseline, the
 * probabilistic analysis and an optional note for the page. Read one with {@link
 * EvaluationDocuments}; the governance document already holds the dataset's observations. Immutable
 * and thread-safe.
 */
public final class EvaluationDocument {

  /**
   * One measure charted.
   *
   * @param measure the measure, as the network document defines it
   * @param target the target its charts and assurance use, if any: the evaluation document's, else
   *     the standard every KPI on the measure shares
   * @param service the service its rows are for, or empty for the whole organisation
   */
  public record Charted(Measure measure, OptionalDouble target, Optional<String> service) {

    /**
     * Checks that the parts are present.
     *
     * @param measure the measure
     * @param target the target, if any
     * @param service the service, if any
     */
    public Charted {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(service, "service");
    }
  }

  /**
   * The probabilistic analysis.
   *
   * @param draws how many draws, 1 to 1,000,000
   * @param seed the seed
   * @param wtpFrom the first willingness to pay per QALY of the acceptability curve
   * @param wtpTo the last
   * @param wtpStep the step, positive
   */
  public record Psa(int draws, long seed, double wtpFrom, double wtpTo, double wtpStep) {}

  private final String title;
  private final LocalDate asOf;
  private final Optional<String> notes;
  private final String governanceName;
  private final GovernanceDocument written;
  private final GovernanceDocument governance;
  private final String appraisalName;
  private final Appraisal appraisal;
  private final String dataName;
  private final String dataSource;
  private final MeasureDataset data;
  private final List<OdsCode> organisations;
  private final ReportingPeriod baselineFrom;
  private final ReportingPeriod baselineTo;
  private final List<ReportingPeriod> rebase;
  private final List<ReportingUnit.Level> levels;
  private final List<Charted> measures;
  private final Psa psa;

  EvaluationDocument(
      String title,
      LocalDate asOf,
      Optional<String> notes,
      String governanceName,
      GovernanceDocument written,
      GovernanceDocument governance,
      String appraisalName,
      Appraisal appraisal,
      String dataName,
      String dataSource,
      MeasureDataset data,
      List<OdsCode> organisations,
      ReportingPeriod baselineFrom,
      ReportingPeriod baselineTo,
      List<ReportingPeriod> rebase,
      List<ReportingUnit.Level> levels,
      List<Charted> measures,
      Psa psa) {
    this.title = title;
    this.asOf = asOf;
    this.notes = notes;
    this.governanceName = governanceName;
    this.written = written;
    this.governance = governance;
    this.appraisalName = appraisalName;
    this.appraisal = appraisal;
    this.dataName = dataName;
    this.dataSource = dataSource;
    this.data = data;
    this.organisations = List.copyOf(organisations);
    this.baselineFrom = baselineFrom;
    this.baselineTo = baselineTo;
    this.rebase = List.copyOf(rebase);
    this.levels = List.copyOf(levels);
    this.measures = List.copyOf(measures);
    this.psa = psa;
  }

  /** {@return the pack's title} */
  public String title() {
    return title;
  }

  /** {@return the default evaluation date} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the document's note for the page (what is real and what is invented, say), if any} */
  public Optional<String> notes() {
    return notes;
  }

  /** {@return the governance document's name, as the evaluation document gives it} */
  public String governanceName() {
    return governanceName;
  }

  /** {@return the governance document, with the dataset's observations} */
  public GovernanceDocument governance() {
    return governance;
  }

  /** {@return the network document: the governance document's network part} */
  public NetworkDocument network() {
    return governance.network();
  }

  /** {@return the appraisal document's name} */
  public String appraisalName() {
    return appraisalName;
  }

  /** {@return the appraisal} */
  public Appraisal appraisal() {
    return appraisal;
  }

  /** {@return the measure dataset's name} */
  public String dataName() {
    return dataName;
  }

  /** {@return the dataset's source, in words} */
  public String dataSource() {
    return dataSource;
  }

  /** {@return the measure dataset} */
  public MeasureDataset data() {
    return data;
  }

  /** {@return the organisations charted, in order} */
  public List<OdsCode> organisations() {
    return organisations;
  }

  /** {@return the first period of the SPC baseline (the first charted)} */
  public ReportingPeriod baselineFrom() {
    return baselineFrom;
  }

  /** {@return the last period of the SPC baseline} */
  public ReportingPeriod baselineTo() {
    return baselineTo;
  }

  /** {@return the periods from which SPC limits are recalculated} */
  public List<ReportingPeriod> rebase() {
    return rebase;
  }

  /** {@return the levels charted: site, organisation, network, in that order} */
  public List<ReportingUnit.Level> levels() {
    return levels;
  }

  /** {@return the measures charted, in order} */
  public List<Charted> measures() {
    return measures;
  }

  /** {@return the probabilistic analysis} */
  public Psa psa() {
    return psa;
  }

  /**
   * {@return this document with another measure dataset, its observations in the governance
   * document}
   *
   * @param data the dataset, read against this document's network
   * @param name its name, for the page
   * @param source its source, in words
   * @throws org.networkedcare.core.validation.ValidationException when the dataset and the
   *     governance document's own observations disagree
   */
  public EvaluationDocument withData(MeasureDataset data, String name, String source) {
    GovernanceDocument merged = written.withData(data, GovernanceReferenceJson.defaults());
    return new EvaluationDocument(
        title,
        asOf,
        notes,
        governanceName,
        written,
        merged,
        appraisalName,
        appraisal,
        name,
        source,
        data,
        organisations,
        baselineFrom,
        baselineTo,
        rebase,
        levels,
        measures,
        psa);
  }

  /** {@return the title, the date, and what it charts} */
  @Override
  public String toString() {
    return "EvaluationDocument "
        + title
        + " ("
        + asOf
        + "): "
        + measures.size()
        + " measures at "
        + levels
        + " of "
        + organisations.size()
        + " organisations, data "
        + dataName
        + " ("
        + data.rows().size()
        + " rows)";
  }
}
