package org.networkedcare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.examples.data.AeMonth;
import org.networkedcare.examples.data.AeSummary;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * The example evaluation: a buddying network of five real type 1 A&amp;E providers, read from the
 * network document shipped in {@code bbmk-network.json}, with their published activity before and
 * after the (hypothetical) start of the network on 1 October 2017.
 *
 * <p>The organisations and their data are real (NHS England A&amp;E statistics, OGL v3.0); the
 * network itself is an illustration. Luton and Dunstable had the highest 4-hour performance of the
 * area's type 1 departments in 2016/17 (98.3%) and is the centre; its four neighbours, all below
 * the 95% standard, are the hosts it supports.
 */
public final class ExampleEvaluation {

  /** The network document shipped with the examples. */
  public static final String NETWORK_RESOURCE = "/org/networkedcare/examples/bbmk-network.json";

  /** The worked appraisal shipped with the examples: a hub-and-host dermatology network. */
  public static final String APPRAISAL_RESOURCE =
      "/org/networkedcare/examples/appraisal/hub-and-host.json";

  /**
   * The governance of the same network (host agreements of RC9 with each host, the buddying
   * escalation route, triggers on the 4-hour measure, baselines from the 12 months before the
   * start; its observations are the site rows of the measure dataset it names), as an editable
   * governance document.
   */
  public static final String GOVERNANCE_RESOURCE =
      "/org/networkedcare/examples/bbmk-governance.json";

  /**
   * The network's measure dataset: the A&amp;E months of its five trusts converted by {@link
   * org.networkedcare.examples.data.AeDataset} (docs/dataset.md).
   */
  public static final String DATA_RESOURCE = "/org/networkedcare/examples/bbmk-data.csv";

  /**
   * The date the example's governance is evaluated at: January 2018's winter, December available.
   */
  public static final LocalDate GOVERNANCE_DATE = LocalDate.of(2018, 1, 20);

  private static final double FOUR_HOUR_STANDARD = 0.95;

  private final NetworkDocument document;
  private final List<AeMonth> rows;
  private final AppraisalResult appraisal;

  /**
   * Creates the evaluation from its parts.
   *
   * @param document the network
   * @param rows type 1 A&amp;E months of its members
   * @param appraisal the evaluated worked appraisal
   */
  public ExampleEvaluation(
      NetworkDocument document, List<AeMonth> rows, AppraisalResult appraisal) {
    this.document = document;
    this.rows = List.copyOf(rows);
    this.appraisal = appraisal;
  }

  /** {@return the evaluation of the shipped network and data} */
  public static ExampleEvaluation shipped() {
    Appraisal worked = AppraisalJson.parse(resource(APPRAISAL_RESOURCE));
    return new ExampleEvaluation(
        NetworkJson.parse(resource(NETWORK_RESOURCE)),
        AeAttendances.shipped(),
        new BenefitCalculator().evaluate(worked));
  }

  private static byte[] resource(String name) {
    try (InputStream in = ExampleEvaluation.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the evaluated worked appraisal} */
  public AppraisalResult appraisal() {
    return appraisal;
  }

  /** {@return the network document} */
  public NetworkDocument document() {
    return document;
  }

  /** {@return the date the network started: the earliest membership start} */
  public LocalDate start() {
    return document.network().memberships().stream()
        .map(m -> m.validity().from())
        .min(LocalDate::compareTo)
        .orElseThrow();
  }

  /**
   * {@return one provider's activity in the twelve months before the network started}
   *
   * @param orgCode the provider
   */
  public AeSummary baseline(String orgCode) {
    YearMonth first = YearMonth.from(start()).minusMonths(12);
    YearMonth last = YearMonth.from(start()).minusMonths(1);
    return AeSummary.of(rows, orgCode, m -> !m.isBefore(first) && !m.isAfter(last));
  }

  /**
   * {@return one provider's activity in the first twelve months of the network}
   *
   * @param orgCode the provider
   */
  public AeSummary firstYear(String orgCode) {
    YearMonth first = YearMonth.from(start());
    YearMonth last = first.plusMonths(11);
    return AeSummary.of(rows, orgCode, m -> !m.isBefore(first) && !m.isAfter(last));
  }

  /**
   * {@return one provider's activity in a financial year}
   *
   * @param orgCode the provider
   * @param year the financial year
   */
  public AeSummary financialYear(String orgCode, FinancialYear year) {
    return AeSummary.of(rows, orgCode, m -> FinancialYear.containing(m).equals(year));
  }

  /**
   * {@return the governance document of the example network, read from the shipped resource, with
   * its dataset's observations}
   */
  public static GovernanceDocument governance() {
    return governance(resource(DATA_RESOURCE));
  }

  /**
   * {@return the governance document of the example network with the observations of a dataset}
   *
   * @param csv the measure dataset, CSV
   */
  public static GovernanceDocument governance(byte[] csv) {
    GovernanceDocument doc =
        AssuranceJson.parse(resource(GOVERNANCE_RESOURCE), GovernanceReferenceJson.defaults());
    return doc.withData(
        MeasureDatasets.read(csv, "bbmk-data.csv", doc.network()),
        GovernanceReferenceJson.defaults());
  }

  /**
   * {@return the governance findings and verdicts of the example network at a date}
   *
   * @param asOf the evaluation date
   */
  public static Assessment assurance(LocalDate asOf) {
    return DecisionEngine.evaluate(governance(), GovernanceReferenceJson.defaults(), asOf);
  }

  /** {@return the evaluation as text for a person to read} */
  public String render() {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    var network = document.network();
    out.append(network.name()).append(" (").append(network.id()).append(')').append(nl);
    out.append(
            "An illustrative network of real providers: a type 1 A&E department meeting the 4-hour standard")
        .append(nl)
        .append("supports four neighbours that do not, from ")
        .append(start())
        .append('.')
        .append(nl);
    out.append(
            "Data: NHS England, A&E Attendances and Emergency Admissions, type 1 departments, April 2016")
        .append(nl)
        .append(
            "to March 2019; contains public sector information licensed under the Open Government Licence v3.0.")
        .append(nl)
        .append(nl);

    out.append("Members").append(nl);
    for (NetworkMembership m : network.memberships()) {
      String name = document.organisation(m.organisation()).map(Organisation::name).orElse("");
      out.append(
          String.format(
              Locale.ROOT, "  %-7s %-4s %s, %s%n", m.role(), m.organisation(), name, m.validity()));
    }
    network.form().ifPresent(f -> out.append("Form: ").append(f).append(nl));
    out.append(nl);

    List<FinancialYear> years =
        List.of(FinancialYear.of(2016), FinancialYear.of(2017), FinancialYear.of(2018));
    out.append("Type 1 attendances and share seen within 4 hours (standard 95%), by financial year")
        .append(nl);
    out.append(String.format(Locale.ROOT, "  %-4s", "org"));
    for (FinancialYear year : years) {
      out.append(String.format(Locale.ROOT, " %17s   ", year));
    }
    out.append(nl);
    for (NetworkMembership m : network.memberships()) {
      String org = m.organisation().toString();
      out.append(String.format(Locale.ROOT, "  %-4s", org));
      for (FinancialYear year : years) {
        AeSummary s = financialYear(org, year);
        out.append(
            String.format(
                Locale.ROOT,
                " %,9d %7s%3s",
                s.attendances(),
                percent(s.fourHourPerformance()),
                s.months() < 12 ? "*" + s.months() : ""));
      }
      out.append(nl);
    }
    out.append("  (*n: only n months of data in that year)").append(nl).append(nl);

    YearMonth start = YearMonth.from(start());
    out.append(
        String.format(
            Locale.ROOT,
            "Baseline (%s to %s) against the first year of the network (%s to %s)%n",
            start.minusMonths(12),
            start.minusMonths(1),
            start,
            start.plusMonths(11)));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-4s %-6s %10s %10s %9s  %s%n",
            "org",
            "role",
            "baseline",
            "first year",
            "change",
            "baseline months"));
    for (NetworkMembership m : network.memberships()) {
      String org = m.organisation().toString();
      AeSummary before = baseline(org);
      AeSummary after = firstYear(org);
      String change =
          before.fourHourPerformance().isPresent() && after.fourHourPerformance().isPresent()
              ? String.format(
                  Locale.ROOT,
                  "%+.1f pts",
                  100
                      * (after.fourHourPerformance().getAsDouble()
                          - before.fourHourPerformance().getAsDouble()))
              : "";
      out.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-6s %10s %10s %9s  %d%s%n",
              org,
              m.role(),
              percent(before.fourHourPerformance()),
              percent(after.fourHourPerformance()),
              change,
              before.months(),
              before.months() < 12 ? " (short: a baseline needs 12 monthly points)" : ""));
    }
    long below =
        network.memberships().stream()
            .map(m -> firstYear(m.organisation().toString()).fourHourPerformance())
            .filter(p -> p.isPresent() && p.getAsDouble() < FOUR_HOUR_STANDARD)
            .count();
    out.append(nl)
        .append(below)
        .append(" of ")
        .append(network.memberships().size())
        .append(" members were below the 95% standard in the network's first year.")
        .append(nl);
    out.append(
            "A before-and-after difference is not the network's effect: the appraisal compares each option")
        .append(nl)
        .append("against an explicit counterfactual.")
        .append(nl);
    out.append(nl)
        .append("Governance (")
        .append(GOVERNANCE_RESOURCE.substring(GOVERNANCE_RESOURCE.lastIndexOf('/') + 1))
        .append(
            ", its observations the site rows of bbmk-data.csv): RC9 holds a host agreement with each host;")
        .append(nl)
        .append("a 4-hour performance below 90% for three")
        .append(nl)
        .append(
            "consecutive months, or an SPC concern, opens the buddying escalation route. RWH's baseline is short")
        .append(nl)
        .append("(no September 2017 row), so its agreement is recorded as historic.")
        .append(nl)
        .append(nl);
    out.append(assurance(GOVERNANCE_DATE).render());
    out.append(nl);
    renderAppraisal(out);
    return out.toString();
  }

  private void renderAppraisal(StringBuilder out) {
    String nl = System.lineSeparator();
    Appraisal a = appraisal.appraisal();
    out.append("Worked appraisal (illustrative figures): ").append(a.title()).append(nl);
    out.append("Green Book method, real ")
        .append(a.priceBase())
        .append(" prices, year 0 = ")
        .append(a.yearZero())
        .append(", ")
        .append(a.horizonYears())
        .append(" years")
        .append(nl)
        .append("(document: examples/cli/src/main/resources")
        .append(APPRAISAL_RESOURCE)
        .append(')')
        .append(nl);
    for (AppraisalResult.OptionResult o : appraisal.options()) {
      AppraisalResult.PresentValues t = o.totals();
      out.append(
          String.format(
              Locale.ROOT,
              "  %s against %s: NPSV %s (PV benefits %s, PV costs %s), BCR %s, payback %s%n",
              o.option(),
              o.counterfactual(),
              o.npsv(),
              t.benefits(),
              t.costs(),
              t.bcr().map(b -> b.setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("-"),
              o.paybackYear().isPresent()
                  ? "year " + o.paybackYear().getAsInt()
                  : "none within the horizon"));
      new TreeMap<>(o.byOrganisation())
          .forEach(
              (party, pv) ->
                  out.append(String.format(Locale.ROOT, "    %-14s net %s%n", party, pv.npsv())));
    }
    for (var warning : appraisal.warnings()) {
      out.append("  warning: ").append(warning.message()).append(nl);
    }
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble())
        : "-";
  }
}
