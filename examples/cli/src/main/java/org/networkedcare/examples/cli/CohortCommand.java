package org.networkedcare.examples.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.networkedcare.metrics.cohort.CohortModel;
import org.networkedcare.metrics.cohort.CohortResult;
import org.networkedcare.metrics.cohort.DsaResult;
import org.networkedcare.metrics.cohort.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare cohort --input M.json --output DIR}: runs a cohort state-transition (Markov)
 * model and writes {@code counts.csv}, {@code values.csv}, {@code totals.csv} and, when parameters
 * have ranges, {@code dsa.csv}. Incremental results and the sensitivity ranking go to standard
 * output. Every problem of the model is printed with its JSON path (exit 1).
 */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Run a cohort state-transition (Markov) model, as heemod does (docs/cohort.md, cohort.schema.json).",
      "Writes DIR/counts.csv (strategy,cycle,state,count), DIR/values.csv (strategy,cycle,value,amount;",
      "discounted), DIR/totals.csv (strategy,method,value,total; all three methods) and, when parameters",
      "have ranges, DIR/dsa.csv (parameter,bound,parameter_value,strategy,value,total)."
    })
public final class CohortCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "M.json", description = "the model (JSON, schemaVersion 1)")
  private Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory, created if need be")
  private Path output;

  /** Creates the command; picocli calls this. */
  public CohortCommand() {}

  @Override
  public Integer call() {
    CohortModel model = CohortModel.parse(Inputs.bytes(input));
    CohortResult result = model.run();
    boolean ranges = model.parameters().values().stream().anyMatch(p -> p.hasRange());
    DsaResult dsa = ranges ? model.dsa() : null;
    try {
      Files.createDirectories(output);
      writeCounts(result);
      writeValues(result);
      writeTotals(result);
      if (dsa != null) {
        writeDsa(dsa);
      }
    } catch (FileAlreadyExistsException e) {
      throw new InputException(output + ": exists and is not a directory", e);
    } catch (IOException e) {
      throw new InputException(output + ": cannot be written (" + e.getMessage() + ")", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (CohortResult.Incremental inc : result.incremental()) {
      out.println(inc.strategy() + " against " + inc.comparator() + " (" + result.method() + ", per person): cost "
          + Numbers.format(inc.cost()) + ", effect " + Numbers.format(inc.effect()) + ", ICER "
          + (inc.icer().isPresent() ? Numbers.format(inc.icer().getAsDouble()) : "undefined") + ", NMB "
          + Numbers.format(inc.nmb()));
    }
    if (dsa != null) {
      for (DsaResult.Bar bar : dsa.bars()) {
        out.println("dsa " + dsa.ranking() + " " + bar.strategy() + " " + bar.parameter() + ": low "
            + Numbers.format(bar.low()) + ", high " + Numbers.format(bar.high()) + ", swing " + Numbers.format(bar.swing()));
      }
    }
    out.flush();
    return 0;
  }

  private CsvWriter csv(String name) throws IOException {
    return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(output.resolve(name), StandardCharsets.UTF_8);
  }

  private void writeCounts(CohortResult r) throws IOException {
    try (CsvWriter out = csv("counts.csv")) {
      out.writeRecord("strategy", "cycle", "state", "count");
      for (int s = 0; s < r.strategies().size(); s++) {
        for (int t = 1; t <= r.cycles(); t++) {
          for (int i = 0; i < r.states().size(); i++) {
            out.writeRecord(r.strategies().get(s), Integer.toString(t), r.states().get(i), Numbers.format(r.count(s, t, i)));
          }
        }
      }
    }
  }

  private void writeValues(CohortResult r) throws IOException {
    try (CsvWriter out = csv("values.csv")) {
      out.writeRecord("strategy", "cycle", "value", "amount");
      for (int s = 0; s < r.strategies().size(); s++) {
        for (int t = 1; t <= r.cycles(); t++) {
          for (int v = 0; v < r.valueNames().size(); v++) {
            out.writeRecord(r.strategies().get(s), Integer.toString(t), r.valueNames().get(v), Numbers.format(r.value(s, t, v)));
          }
        }
      }
    }
  }

  private void writeTotals(CohortResult r) throws IOException {
    try (CsvWriter out = csv("totals.csv")) {
      out.writeRecord("strategy", "method", "value", "total");
      for (int s = 0; s < r.strategies().size(); s++) {
        for (Method m : Method.values()) {
          for (int v = 0; v < r.valueNames().size(); v++) {
            out.writeRecord(r.strategies().get(s), m.id(), r.valueNames().get(v), Numbers.format(r.total(s, m, v)));
          }
        }
      }
    }
  }

  private void writeDsa(DsaResult dsa) throws IOException {
    try (CsvWriter out = csv("dsa.csv")) {
      out.writeRecord("parameter", "bound", "parameter_value", "strategy", "value", "total");
      for (DsaResult.Row row : dsa.rows()) {
        out.writeRecord(row.parameter(), row.bound(), Numbers.format(row.parameterValue()), row.strategy(), row.value(),
            Numbers.format(row.total()));
      }
    }
  }
}
