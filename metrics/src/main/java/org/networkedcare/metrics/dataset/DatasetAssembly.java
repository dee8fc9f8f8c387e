package org.networkedcare.metrics.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Gathers checked rows into a dataset: every row through {@link RowRules}, duplicates found in
 * linear time (a hash of the key), each row's place remembered, and at most {@value #MAX_PROBLEMS}
 * problems kept (a last one says how many more were found).
 */
final class DatasetAssembly {

  /** The most problems one read keeps; the rest are counted. */
  static final int MAX_PROBLEMS = 1_000;

  private record Key(
      ReportingPeriod period,
      OdsCode organisation,
      Optional<OdsCode> site,
      Optional<String> service,
      String measure) {}

  private final RowRules rules;
  private final String source;
  private final Map<Key, String> seen = new HashMap<>();
  private final List<DatasetRow> rows = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private long dropped;

  DatasetAssembly(NetworkDocument network, String source) {
    this.rules = new RowRules(network);
    this.source = source;
  }

  /** Records problems found outside any row (the header, the file). */
  void problems(List<Problem> found) {
    for (Problem p : found) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(p);
      } else {
        dropped++;
      }
    }
  }

  /**
   * Checks and adds one row.
   *
   * @param raw the row as read
   * @param at where its problems go (its line or its pointer)
   * @param label how a message names it, such as {@code line 12} or {@code /rows/3}
   * @param place where it is for a person, such as {@code data.csv:12}
   */
  void add(RawRow raw, Problems at, String label, String place) {
    Optional<DatasetRow> row = rules.check(raw, at);
    if (row.isPresent()) {
      DatasetRow r = row.get();
      Key key = new Key(r.period(), r.organisation(), r.site(), r.service(), r.measure());
      String earlier = seen.putIfAbsent(key, label);
      if (earlier != null) {
        at.at(RowRules.PERIOD)
            .add(
                "dataset.duplicate",
                r.measure()
                    + " at "
                    + r.unit()
                    + r.service().map(s -> " for " + s).orElse("")
                    + " in "
                    + r.period()
                    + " is already given on "
                    + earlier);
      } else {
        rows.add(r);
        places.add(place);
      }
    }
    problems(at.list());
  }

  /** {@return how many problems were found so far} */
  long problemCount() {
    return problems.size() + dropped;
  }

  /** {@return the dataset, or every problem found} */
  MeasureDataset build() {
    if (!problems.isEmpty()) {
      List<Problem> all = new ArrayList<>(problems);
      if (dropped > 0) {
        all.add(
            new Problem(
                "",
                "dataset.problems",
                "and " + dropped + " more problems; " + MAX_PROBLEMS + " are listed"));
      }
      throw new ValidationException(all);
    }
    return new MeasureDataset(source, rows, places, rules.measures());
  }
}
