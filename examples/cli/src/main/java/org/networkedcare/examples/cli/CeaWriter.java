package org.networkedcare.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;

/**
 * Writes the cost-effectiveness files shared by {@code cea} and {@code psa}: icers.csv (frontier
 * ICERs), acceptability.csv (CEAC, expected NMB, frontier), evpi.csv and pairwise.csv (pairwise
 * ICERs against a reference). Numbers in {@link Numbers#javaForm(double)}.
 */
final class CeaWriter {

  private final Path output;

  CeaWriter(Path output) {
    this.output = output;
  }

  void writeIcers(FrontierIcers frontier) throws IOException {
    try (BufferedWriter out = writer("icers.csv")) {
      out.write("option,cost,effect,incremental_cost,incremental_effect,icer,status\n");
      for (FrontierIcers.Row r : frontier.rows()) {
        out.write(String.join(",", CeaCommand.text(r.option()), Numbers.javaForm(r.cost()), Numbers.javaForm(r.effect()), Numbers.javaForm(r.incrementalCost()),
            Numbers.javaForm(r.incrementalEffect()), Numbers.javaForm(r.icer()), status(r.status())));
        out.write('\n');
      }
    }
  }

  void writeAcceptability(Acceptability a) throws IOException {
    try (BufferedWriter out = writer("acceptability.csv")) {
      out.write("wtp,option,probability_best,expected_nmb,on_frontier\n");
      List<String> options = a.options();
      for (int i = 0; i < a.grid().size(); i++) {
        String wtpText = Numbers.javaForm(a.grid().get(i));
        for (int j = 0; j < options.size(); j++) {
          out.write(String.join(",", wtpText, CeaCommand.text(options.get(j)), Numbers.javaForm(a.probabilityBest(i, j)), Numbers.javaForm(a.expectedNmb(i, j)),
              String.valueOf(a.frontierOption(i) == j)));
          out.write('\n');
        }
      }
    }
  }

  void writeEvpi(Acceptability a) throws IOException {
    try (BufferedWriter out = writer("evpi.csv")) {
      out.write("wtp,evpi\n");
      for (int i = 0; i < a.grid().size(); i++) {
        out.write(Numbers.javaForm(a.grid().get(i)) + "," + Numbers.javaForm(a.evpi(i)) + "\n");
      }
    }
  }

  void writePairwise(PairwiseIcers p) throws IOException {
    try (BufferedWriter out = writer("pairwise.csv")) {
      out.write("option,incremental_cost,incremental_effect,icer\n");
      for (PairwiseIcers.Row r : p.rows()) {
        out.write(String.join(",", CeaCommand.text(r.option()), Numbers.javaForm(r.incrementalCost()), Numbers.javaForm(r.incrementalEffect()), Numbers.javaForm(r.icer())));
        out.write('\n');
      }
    }
  }

  private BufferedWriter writer(String name) throws IOException {
    return Files.newBufferedWriter(output.resolve(name), StandardCharsets.UTF_8);
  }

  private static String status(FrontierIcers.Status status) {
    return switch (status) {
      case NON_DOMINATED -> "non_dominated";
      case DOMINATED -> "dominated";
      case EXTENDEDLY_DOMINATED -> "extendedly_dominated";
    };
  }
}
