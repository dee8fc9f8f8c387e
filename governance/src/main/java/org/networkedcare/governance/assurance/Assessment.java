package org.networkedcare.governance.assurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of the decision engine: the findings in order, a verdict per board question, and the
 * risk register at the evaluation date, with the reference data versions used.
 *
 * <p>JSON, schema version 1 (see {@code schema/assessment.schema.json}): {@code {"schemaVersion":
 * 1, "network": "eastern-eye", "asOf": "2024-09-20", "referenceVersions": {...}, "findings": [...],
 * "verdicts": [...], "risks": [...]}}.
 *
 * @param network the network's identifier
 * @param asOf the evaluation date
 * @param referenceVersions the version of each reference data part used
 * @param findings the findings, in order
 * @param verdicts one verdict per board question
 * @param risks the risk register
 * @param history every item the engine follows that was open at some time up to the date, open or
 *     closed, in the order of their subjects and opening days
 */
public record Assessment(
    String network,
    LocalDate asOf,
    Map<String, String> referenceVersions,
    List<Finding> findings,
    List<Verdict> verdicts,
    List<RiskStatus> risks,
    List<ItemHistory> history) {

  /** The schema version of the JSON form. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Copies the lists.
   *
   * @param network the network
   * @param asOf the date
   * @param referenceVersions the versions
   * @param findings the findings
   * @param verdicts the verdicts
   * @param risks the risks
   * @param history the items' histories
   */
  public Assessment {
    java.util.Objects.requireNonNull(network, "network");
    java.util.Objects.requireNonNull(asOf, "asOf");
    referenceVersions = Map.copyOf(referenceVersions);
    findings = List.copyOf(findings);
    verdicts = List.copyOf(verdicts);
    risks = List.copyOf(risks);
    history = List.copyOf(history);
  }

  /**
   * An assessment with no followed items.
   *
   * @param network the network
   * @param asOf the date
   * @param referenceVersions the versions
   * @param findings the findings
   * @param verdicts the verdicts
   * @param risks the risks
   */
  public Assessment(
      String network,
      LocalDate asOf,
      Map<String, String> referenceVersions,
      List<Finding> findings,
      List<Verdict> verdicts,
      List<RiskStatus> risks) {
    this(network, asOf, referenceVersions, findings, verdicts, risks, List.of());
  }

  /** {@return the items of the history still open at the date} */
  public List<ItemHistory> openItems() {
    return history.stream().filter(ItemHistory::open).toList();
  }

  /**
   * {@return a readable rendering: the findings in order, each with who acts by when; the verdicts}
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    String nl = System.lineSeparator();
    s.append("Assurance of ").append(network).append(" as of ").append(asOf).append(nl);
    s.append(nl).append("Findings (").append(findings.size()).append("):").append(nl);
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      s.append(String.format("%2d. %-8s %s [%s]", i + 1, f.severity(), f.code(), f.subject()))
          .append(nl);
      s.append("    ").append(f.summary()).append(nl);
      if (f.actor().isPresent() || f.dueDate().isPresent()) {
        s.append("    ");
        f.actor().ifPresent(a -> s.append(a.role()).append(" at ").append(a.organisation()));
        f.escalationLevel().ifPresent(l -> s.append(" (level ").append(l).append(')'));
        f.dueDate().ifPresent(d -> s.append(f.actor().isPresent() ? ", by " : "due ").append(d));
        s.append(nl);
      }
    }
    s.append(nl).append("Verdicts:").append(nl);
    for (Verdict v : verdicts) {
      s.append(String.format("  %-16s %-18s %s", v.question(), v.verdict(), v.rule())).append(nl);
    }
    if (!risks.isEmpty()) {
      s.append(nl).append("Risks:").append(nl);
      for (RiskStatus r : risks) {
        s.append(
                String.format(
                    "  %-10s score %2d %-9s next review %s%s",
                    r.id(),
                    r.current(),
                    r.band(),
                    r.nextReview(),
                    r.aboveAppetite() ? ", above appetite" : ""))
            .append(nl);
      }
    }
    if (!history.isEmpty()) {
      s.append(nl).append("Items followed (open and closed):").append(nl);
      for (ItemHistory item : history) {
        s.append("  ")
            .append(item.kind())
            .append(" [")
            .append(item.subject())
            .append("] opened ")
            .append(item.opened())
            .append(item.closed().map(c -> ", closed " + c).orElse(", open"))
            .append(nl);
        for (HistoryEvent e : item.events()) {
          s.append("    ")
              .append(e.date())
              .append(' ')
              .append(e.kind().id())
              .append(": ")
              .append(e.detail())
              .append(nl);
        }
      }
    }
    return s.toString();
  }

  /** {@return the rendering} */
  @Override
  public String toString() {
    return render();
  }
}
