package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;

/**
 * Writes the cost-effectiveness files shared by {@code cea} and {@code psa}: icers.csv (frontier
 * ICERs), acceptability.csv (CEAC, expected NMB, frontier), evpi.csv and pairwise.csv (pairwise
 * ICERs against a reference). Numbers in {@link Numbers#javaForm(double)}.
 */
final class CeaWriter {

  private CeaWriter() {}

  static void writeIcers(FrontierIcers frontier, Writer w) throws IOException {
    CsvTable out =
        CsvTable.start(
            w,
            "option",
            "cost",
            "effect",
            "incremental_cost",
            "incremental_effect",
            "icer",
            "status");
    for (FrontierIcers.Row r : frontier.rows()) {
      out.text(r.option())
          .number(Numbers.javaForm(r.cost()))
          .number(Numbers.javaForm(r.effect()))
          .number(Numbers.javaForm(r.incrementalCost()))
          .number(Numbers.javaForm(r.incrementalEffect()))
          .number(Numbers.javaForm(r.icer()))
          .text(status(r.status()))
          .end();
    }
  }

  static void writeAcceptability(Acceptability a, Writer w) throws IOException {
    CsvTable out =
        CsvTable.start(w, "wtp", "option", "probability_best", "expected_nmb", "on_frontier");
    List<String> options = a.options();
    for (int i = 0; i < a.grid().size(); i++) {
      String wtpText = Numbers.javaForm(a.grid().get(i));
      for (int j = 0; j < options.size(); j++) {
        out.number(wtpText)
            .text(options.get(j))
            .number(Numbers.javaForm(a.probabilityBest(i, j)))
            .number(Numbers.javaForm(a.expectedNmb(i, j)))
            .text(a.frontierOption(i) == j ? "true" : "false")
            .end();
      }
    }
  }

  static void writeEvpi(Acceptability a, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "wtp", "evpi");
    for (int i = 0; i < a.grid().size(); i++) {
      out.number(Numbers.javaForm(a.grid().get(i))).number(Numbers.javaForm(a.evpi(i))).end();
    }
  }

  static void writePairwise(PairwiseIcers p, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "option", "incremental_cost", "incremental_effect", "icer");
    for (PairwiseIcers.Row r : p.rows()) {
      out.text(r.option())
          .number(Numbers.javaForm(r.incrementalCost()))
          .number(Numbers.javaForm(r.incrementalEffect()))
          .number(Numbers.javaForm(r.icer()))
          .end();
    }
  }

  private static String status(FrontierIcers.Status status) {
    return switch (status) {
      case NON_DOMINATED -> "non_dominated";
      case DOMINATED -> "dominated";
      case EXTENDEDLY_DOMINATED -> "extendedly_dominated";
    };
  }
}
