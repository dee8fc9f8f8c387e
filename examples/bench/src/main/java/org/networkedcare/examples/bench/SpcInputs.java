package org.networkedcare.examples.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.metrics.spc.SpcSeries;

/**
 * Inputs for SPC benchmarks and realistic tests: the A&amp;E series and seeded synthetic series.
 */
public final class SpcInputs {

  private SpcInputs() {}

  /**
   * {@return one series per (org_code, type) of NHS England's A&amp;E attendances (428 of them),
   * facet "org_code/type", sorted by facet}
   *
   * @param csv the path of a copy of {@code ae_attendances.csv} (NHSRdatasets; OGL v3.0)
   * @param column the value column: attendances, breaches or admissions
   */
  public static List<SpcSeries> aeSeries(Path csv, String column) {
    try (InputStream in = Files.newInputStream(csv)) {
      return aeSeries(in, column);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the 428 series of the A&amp;E file shipped with the examples}
   *
   * @param column the value column: attendances, breaches or admissions
   */
  public static List<SpcSeries> aeSeries(String column) {
    try (InputStream in = AeAttendances.open()) {
      return aeSeries(in, column);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SpcSeries> aeSeries(InputStream csv, String column) {
    Map<String, SpcSeries.Builder> builders = new TreeMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord r : reader) {
        String facet = r.getField("org_code") + "/" + r.getField("type");
        builders
            .computeIfAbsent(facet, SpcSeries::builder)
            .add(LocalDate.parse(r.getField("period")), Double.parseDouble(r.getField(column)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SpcSeries> out = new ArrayList<>();
    builders.values().forEach(b -> out.add(b.build()));
    return out;
  }

  /**
   * {@return one series per trust of type 1 breaches over attendances in the shipped A&amp;E file,
   * for the p and p' charts}
   */
  public static List<SpcSeries> aeTypeOneBreaches() {
    Map<String, SpcSeries.Builder> builders = new TreeMap<>();
    try (InputStream in = AeAttendances.open();
        CsvReader<NamedCsvRecord> reader =
            CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord r : reader) {
        if (r.getField("type").equals("1")) {
          builders
              .computeIfAbsent(r.getField("org_code"), SpcSeries::builder)
              .addRatio(
                  LocalDate.parse(r.getField("period")),
                  Double.parseDouble(r.getField("breaches")),
                  Double.parseDouble(r.getField("attendances")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SpcSeries> out = new ArrayList<>();
    builders.values().forEach(b -> out.add(b.build()));
    return out;
  }

  /**
   * {@return seeded synthetic monthly numerator/denominator series: denominators 200 to 2,000, a
   * share around 0.1 to 0.3 with occasional shifts}
   *
   * @param count how many series
   * @param length points per series
   * @param seed the random seed
   */
  public static List<SpcSeries> syntheticRatios(int count, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2015, 1, 1);
    List<SpcSeries> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      SpcSeries.Builder b = SpcSeries.builder("s" + s);
      double share = random.nextDouble(0.1, 0.3);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(40) == 0) {
          share = Math.min(0.9, share * random.nextDouble(0.7, 1.4));
        }
        double den = 200 + random.nextInt(1800);
        double num =
            Math.rint(den * Math.min(1, Math.max(0, share + random.nextDouble(-0.03, 0.03))));
        b.addRatio(start.plusMonths(i), num, den);
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * {@return seeded synthetic series of days between rare events (exponential, mean about 30 days,
   * at least 1), one point per event, for the g and t charts}
   *
   * @param count how many series
   * @param length events per series
   * @param seed the random seed
   */
  public static List<SpcSeries> syntheticGaps(int count, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SpcSeries> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      SpcSeries.Builder b = SpcSeries.builder("s" + s);
      LocalDate d = LocalDate.of(2015, 1, 1);
      for (int i = 0; i < length; i++) {
        long gap = 1 + (long) (-30 * Math.log(1 - random.nextDouble()));
        d = d.plusDays(gap);
        b.add(d, (double) gap);
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * {@return seeded synthetic monthly series: noise around 100 with occasional shifts and spikes}
   *
   * @param count how many series
   * @param length points per series
   * @param seed the random seed
   */
  public static List<SpcSeries> synthetic(int count, int length, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2015, 1, 1);
    LocalDate[] dates = new LocalDate[length];
    for (int i = 0; i < length; i++) {
      dates[i] = start.plusMonths(i);
    }
    List<SpcSeries> out = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      SpcSeries.Builder b = SpcSeries.builder("s" + s);
      double level = 100;
      for (int i = 0; i < length; i++) {
        if (random.nextInt(40) == 0) {
          level += random.nextDouble(-20, 20);
        }
        double v = level + random.nextDouble(-10, 10) + (random.nextInt(30) == 0 ? 40 : 0);
        b.add(dates[i], Math.rint(v));
      }
      out.add(b.build());
    }
    return out;
  }
}
