package org.networkedcare.metrics.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * NPSV is additive: over lines (the NPSV of an appraisal is the sum of the NPSVs of appraisals that
 * split its lines between them) and over organisations, categories and value types (the totals are
 * the sums of the parts), exactly to the penny. QuickTheories draws the appraisals; replay a
 * failure with -DQT_SEED=n.
 */
class AdditivityPropertyTest {

  private static final List<String> PARTIES = List.of("centre", "host", "patients");

  private record Drawn(Line line, boolean counterfactual) {}

  private static List<Drawn> draw(long seed, int count) {
    Random r = new Random(seed);
    List<Drawn> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean benefit = r.nextBoolean();
      int first = r.nextInt(12);
      int last = first + r.nextInt(12 - first);
      Line.Builder b =
          Line.builder()
              .id("l" + i)
              .type(benefit ? LineType.BENEFIT : LineType.COST)
              .organisation(PARTIES.get(r.nextInt(3)))
              .category(Category.values()[r.nextInt(Category.values().length)])
              .valueType(ValueType.FISCAL)
              .dataQuality(1 + r.nextInt(5))
              .amount(Quantity.of(BigDecimal.valueOf(r.nextInt(100_000_000), 2)))
              .firstYear(first)
              .lastYear(last);
      if (benefit) {
        b.additionality(
            new Additionality(
                java.util.Optional.of(Quantity.of("0.1")),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.of(Quantity.of("0.9")),
                java.util.Optional.of(Quantity.of("0.05"))));
      } else if (r.nextBoolean()) {
        b.capital(true).optimismBias(OptimismBias.of("standard-buildings", Quantity.of("0.3")));
      }
      Line line = b.build();
      boolean counterfactual = r.nextInt(3) == 0;
      lines.add(new Drawn(line, counterfactual));
      if (r.nextInt(4) == 0) {
        // The same line under the other option, with another amount: a pair netted against each
        // other.
        lines.add(
            new Drawn(
                Line.builder()
                    .from(line)
                    .amount(Quantity.of(BigDecimal.valueOf(r.nextInt(100_000_000), 2)))
                    .build(),
                !counterfactual));
      }
    }
    return lines;
  }

  private static Appraisal appraisal(List<Drawn> lines) {
    List<Line> cf = new ArrayList<>();
    List<Line> option = new ArrayList<>();
    for (Drawn d : lines) {
      (d.counterfactual() ? cf : option).add(d.line());
    }
    return Appraisal.builder()
        .title("property")
        .yearZero(FinancialYear.of(2025))
        .horizonYears(12)
        .addParties(
            Party.of("centre", "Centre"),
            Party.of("host", "Host"),
            Party.of("patients", "Patients"))
        .addOptions(
            Option.builder().id("bau").name("BAU").counterfactual(true).addAllLines(cf).build())
        .addOptions(Option.builder().id("network").name("Network").addAllLines(option).build())
        .build();
  }

  private static Money npsv(List<Drawn> lines) {
    return new BenefitCalculator().evaluate(appraisal(lines)).option("network").npsv();
  }

  @Test
  void npsvIsAdditiveOverLines() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 30), integers().between(0, 30))
        .checkAssert(
            (seed, n, cut) -> {
              List<Drawn> lines = draw(seed, n);
              int split = Math.min(cut, lines.size());
              Money whole = npsv(lines);
              Money parts =
                  npsv(lines.subList(0, split)).plus(npsv(lines.subList(split, lines.size())));
              assertEquals(whole, parts);
            });
  }

  @Test
  void totalsAreTheSumsOfOrganisationsCategoriesAndLines() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, n) -> {
              AppraisalResult.OptionResult r =
                  new BenefitCalculator().evaluate(appraisal(draw(seed, n))).option("network");
              Money npsv = r.npsv();
              assertEquals(
                  npsv,
                  r.byOrganisation().values().stream()
                      .map(AppraisalResult.PresentValues::npsv)
                      .reduce(Money.zero(), Money::plus));
              assertEquals(
                  npsv,
                  r.byCategory().values().stream()
                      .map(AppraisalResult.PresentValues::npsv)
                      .reduce(Money.zero(), Money::plus));
              assertEquals(
                  npsv,
                  r.byValueType().values().stream()
                      .map(AppraisalResult.PresentValues::npsv)
                      .reduce(Money.zero(), Money::plus));
              Money lines = Money.zero();
              for (AppraisalResult.LineResult l : r.lines()) {
                boolean counterfactual = l.option().equals("bau");
                boolean plus = (l.type() == LineType.BENEFIT) != counterfactual;
                lines = plus ? lines.plus(l.presentValue()) : lines.minus(l.presentValue());
              }
              assertEquals(npsv, lines);
              assertTrue(!r.totals().costs().isNegative() || r.totals().costs().isZero());
            });
  }

  @Test
  void appraisalsRoundTripThroughJson() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, 30))
        .checkAssert(
            (seed, n) -> {
              Appraisal appraisal = appraisal(draw(seed, n));
              assertEquals(appraisal, AppraisalJson.parse(AppraisalJson.write(appraisal)));
            });
  }

  @Test
  void theFastPathAgreesWithTheFullResultToAPennyALine() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(1, 40))
        .checkAssert(
            (seed, n) -> {
              Appraisal appraisal = appraisal(draw(seed, n));
              PreparedAppraisal prepared = new BenefitCalculator().prepare(appraisal);
              double fast = prepared.npsv(0, prepared.centralValues());
              Money full = new BenefitCalculator().evaluate(appraisal).option("network").npsv();
              int lines = appraisal.options().stream().mapToInt(o -> o.lines().size()).sum();
              assertTrue(
                  Math.abs(fast - full.toBigDecimal().doubleValue()) <= 0.005 * lines + 1e-6,
                  fast + " vs " + full);
            });
  }
}
