package org.networkedcare.metrics.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reading and writing measure datasets (docs/dataset.md): the CSV form and the JSON form, checked
 * against a network document, every problem at once. A CSV problem's path is {@code
 * /lines/LINE/COLUMN} (the header is line 1); a JSON problem's path is its JSON pointer ({@code
 * /rows/3/numerator}); {@link #describe(Problem, String)} writes either as a person reads it.
 * Stateless and thread-safe.
 */
public final class MeasureDatasets {

  /**
   * The largest dataset file read, in bytes (64 MiB); a JSON dataset is also held to the JSON
   * limit.
   */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** The most rows a CSV dataset may have. */
  public static final int MAX_ROWS = 1_000_000;

  private MeasureDatasets() {}

  /**
   * {@return a dataset read from bytes, as JSON when the name ends in {@code .json}, else as CSV}
   *
   * @param bytes the file's bytes
   * @param name the file's name, used for the format and for each row's place
   * @param network the network document the rows are checked against
   * @throws ValidationException with every problem found
   */
  public static MeasureDataset read(byte[] bytes, String name, NetworkDocument network) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(network, "network");
    return isJson(name)
        ? DatasetJson.read(bytes, name, network)
        : DatasetCsv.read(bytes, name, network);
  }

  /**
   * {@return a dataset read from a file, counting at most {@link #MAX_BYTES} bytes as they are
   * read}
   *
   * @param file the file; its name as given is each row's place
   * @param network the network document the rows are checked against
   * @throws ValidationException with every problem found, {@code dataset.too-large} past the limit
   * @throws IOException when the file cannot be read
   */
  public static MeasureDataset read(Path file, NetworkDocument network) throws IOException {
    return read(bytes(file, MAX_BYTES), file.toString(), network);
  }

  /**
   * {@return at most {@code limit} bytes of a file, counted while reading (a special file reports
   * no size)}
   *
   * @param file the file
   * @param limit the most bytes read
   * @throws ValidationException with code {@code dataset.too-large} when the file has more
   * @throws NoSuchFileException when there is no such file
   * @throws IOException when the file cannot be read
   */
  static byte[] bytes(Path file, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      if (in.read() >= 0) {
        throw new ValidationException(
            "",
            "dataset.too-large",
            "the file has more than " + limit + " bytes; at most " + limit + " are read");
      }
      return bytes;
    }
  }

  /**
   * {@return the rows as CSV text: the header {@code
   * period,organisation,site,service,measure,numerator,denominator,value}, one row a line (LF),
   * quoted where RFC 4180 needs it, numbers in plain notation}
   *
   * @param rows the rows
   */
  public static String csv(List<DatasetRow> rows) {
    return DatasetCsv.write(rows);
  }

  /**
   * {@return a problem as {@code name:LINE: column: message [code]} for a CSV file, {@code
   * name:/rows/3/column: message [code]} for a JSON one, {@code name: message [code]} for the file
   * as a whole}
   *
   * @param problem a problem from reading a dataset
   * @param name the file's name as the reader should see it
   */
  public static String describe(Problem problem, String name) {
    String path = problem.path();
    String tail = problem.message() + " [" + problem.code() + "]";
    if (path.startsWith("/lines/")) {
      String rest = path.substring("/lines/".length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        return name + ":" + rest + ": " + tail;
      }
      String column = rest.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      return name + ":" + rest.substring(0, slash) + ": " + column + ": " + tail;
    }
    return path.isEmpty() ? name + ": " + tail : name + ":" + path + ": " + tail;
  }

  static boolean isJson(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
