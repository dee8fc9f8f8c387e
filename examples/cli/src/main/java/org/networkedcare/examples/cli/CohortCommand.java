package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.cohort.CohortModel;
import org.networkedcare.metrics.cohort.CohortResult;
import org.networkedcare.metrics.cohort.DsaResult;
import org.networkedcare.metrics.cohort.Method;
import org.networkedcare.metrics.json.CohortJson;

/**
 * {@code networkedcare cohort --input M.json --output DIR}: runs a cohort state-transition (Markov)
 * model and writes {@code counts.csv}, {@code values.csv}, {@code totals.csv} and, when parameters
 * have ranges, {@code dsa.csv}. Incremental results and the sensitivity ranking go to standard
 * output. Every problem of the model is printed with its JSON path (exit 1).
 */
public final class CohortCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "cohort",
          "Run a cohort state-transition (Markov) model, as heemod does "
              + "(docs/cohort.md, cohort.schema.json). Writes DIR/counts.csv "
              + "(strategy,cycle,state,count), DIR/values.csv "
              + "(strategy,cycle,value,amount; discounted), DIR/totals.csv "
              + "(strategy,method,value,total; all three methods) and, when parameters "
              + "have ranges, DIR/dsa.csv "
              + "(parameter,bound,parameter_value,strategy,value,total).",
          CohortCommand::new,
          OptionSyntax.value("--input", "M.json", "The model (JSON, schemaVersion 1).").required(),
          OptionSyntax.value("--output", "DIR", "Output directory, created if need be.")
              .required());

  private final Arguments args;
  private final Path input;
  private final Path output;

  private CohortCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.output = args.path("--output");
  }

  @Override
  public Integer call() {
    CohortModel model = CohortJson.parse(Inputs.bytes(input));
    CohortResult result = model.run();
    boolean ranges = model.parameters().values().stream().anyMatch(p -> p.hasRange());
    DsaResult dsa = ranges ? model.dsa() : null;
    Outputs.folder(
        output,
        files -> {
          writeCounts(result, files.writer("counts.csv"));
          writeValues(result, files.writer("values.csv"));
          writeTotals(result, files.writer("totals.csv"));
          if (dsa != null) {
            writeDsa(dsa, files.writer("dsa.csv"));
          }
        });
    Feedback.of(args)
        .wrote(
            result.strategies().size()
                + " strategies, "
                + result.states().size()
                + " states, "
                + result.cycles()
                + " cycles",
            List.of(output));
    PrintWriter out = args.out();
    for (CohortResult.Incremental inc : result.incremental()) {
      out.println(
          inc.strategy()
              + " against "
              + inc.comparator()
              + " ("
              + result.method()
              + ", per person): cost "
              + Numbers.format(inc.cost())
              + ", effect "
              + Numbers.format(inc.effect())
              + ", ICER "
              + (inc.icer().isPresent() ? Numbers.format(inc.icer().getAsDouble()) : "undefined")
              + ", NMB "
              + Numbers.format(inc.nmb()));
    }
    if (dsa != null) {
      for (DsaResult.Bar bar : dsa.bars()) {
        out.println(
            "dsa "
                + dsa.ranking()
                + " "
                + bar.strategy()
                + " "
                + bar.parameter()
                + ": low "
                + Numbers.format(bar.low())
                + ", high "
                + Numbers.format(bar.high())
                + ", swing "
                + Numbers.format(bar.swing()));
      }
    }
    out.flush();
    return 0;
  }

  private static void writeCounts(CohortResult r, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "strategy", "cycle", "state", "count");
    for (int s = 0; s < r.strategies().size(); s++) {
      for (int t = 1; t <= r.cycles(); t++) {
        for (int i = 0; i < r.states().size(); i++) {
          out.text(r.strategies().get(s))
              .number(t)
              .text(r.states().get(i))
              .number(Numbers.format(r.count(s, t, i)))
              .end();
        }
      }
    }
  }

  private static void writeValues(CohortResult r, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "strategy", "cycle", "value", "amount");
    for (int s = 0; s < r.strategies().size(); s++) {
      for (int t = 1; t <= r.cycles(); t++) {
        for (int v = 0; v < r.valueNames().size(); v++) {
          out.text(r.strategies().get(s))
              .number(t)
              .text(r.valueNames().get(v))
              .number(Numbers.format(r.value(s, t, v)))
              .end();
        }
      }
    }
  }

  private static void writeTotals(CohortResult r, Writer w) throws IOException {
    CsvTable out = CsvTable.start(w, "strategy", "method", "value", "total");
    for (int s = 0; s < r.strategies().size(); s++) {
      for (Method m : Method.values()) {
        for (int v = 0; v < r.valueNames().size(); v++) {
          out.text(r.strategies().get(s))
              .text(m.id())
              .text(r.valueNames().get(v))
              .number(Numbers.format(r.total(s, m, v)))
              .end();
        }
      }
    }
  }

  private static void writeDsa(DsaResult dsa, Writer w) throws IOException {
    CsvTable out =
        CsvTable.start(w, "parameter", "bound", "parameter_value", "strategy", "value", "total");
    for (DsaResult.Row row : dsa.rows()) {
      out.text(row.parameter())
          .text(row.bound())
          .number(Numbers.format(row.parameterValue()))
          .text(row.strategy())
          .text(row.value())
          .number(Numbers.format(row.total()))
          .end();
    }
  }
}
