package org.networkedcare.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reading evaluation documents (docs/board-pack.md): through the library's hardened JSON reader
 * ({@link org.networkedcare.core.json.Json}), every problem at once with its JSON pointer; a
 * problem in a part (the governance or appraisal document, the measure dataset) is reported at the
 * document as a whole (path {@code ""}) with the part's name and its own place in its message, such
 * as {@code data.csv:12: numerator: ...} or {@code governance.json:/agreements/0/term: ...}.
 * Stateless and thread-safe.
 */
public final class EvaluationDocuments {

  private EvaluationDocuments() {}

  /**
   * {@return the evaluation document in a file, its parts read from the file's folder}
   *
   * @param file the evaluation document
   * @throws ValidationException with every problem of the document and its parts
   * @throws IOException when the document itself cannot be read
   */
  public static EvaluationDocument read(Path file) throws IOException {
    return read(file, Optional.empty());
  }

  /**
   * {@return the evaluation document in a file, with another measure dataset than the one it names}
   *
   * @param file the evaluation document
   * @param data a measure dataset file to read instead of the document's (anywhere: it is named by
   *     whoever runs the evaluation), or empty for the document's own
   * @throws ValidationException with every problem of the document, its parts and the dataset
   * @throws IOException when the document or the dataset cannot be read
   */
  public static EvaluationDocument read(Path file, Optional<Path> data) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(data, "data");
    byte[] json = bounded(file, org.networkedcare.core.json.Json.MAX_DOCUMENT_BYTES);
    Path dir =
        Objects.requireNonNull(
            file.toAbsolutePath().getParent(), "a file's absolute path has a folder");
    Optional<EvaluationCodec.DataOverride> override = Optional.empty();
    if (data.isPresent()) {
      override =
          Optional.of(
              new EvaluationCodec.DataOverride(
                  data.get().toString(),
                  bounded(
                      data.get(), org.networkedcare.metrics.dataset.MeasureDatasets.MAX_BYTES)));
    }
    return EvaluationCodec.parse(json, file.toString(), folder(dir), override);
  }

  /**
   * {@return an evaluation document from its bytes, its parts read by a reader}
   *
   * @param json the evaluation document, UTF-8 JSON
   * @param parts reads the parts it names
   * @throws ValidationException with every problem of the document and its parts
   */
  public static EvaluationDocument parse(byte[] json, PartReader parts) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(parts, "parts");
    return EvaluationCodec.parse(json, "the evaluation document", parts, Optional.empty());
  }

  /**
   * {@return a reader of parts inside one folder only} A part's name is a path relative to the
   * folder: an absolute path, a path that leaves the folder ({@code ..}), or a link that points out
   * of it is refused; at most the reader's limit of bytes is read, counted while reading (a special
   * file such as {@code /dev/zero} reports no size).
   *
   * @param dir the folder
   */
  public static PartReader folder(Path dir) {
    Path base = dir.toAbsolutePath().normalize();
    return (name, limit) -> {
      Path relative;
      try {
        relative = Path.of(name);
      } catch (java.nio.file.InvalidPathException e) {
        throw new IOException("'" + name + "' is not a path");
      }
      Path resolved = base.resolve(relative).normalize();
      if (relative.isAbsolute()
          || name.startsWith("/")
          || name.startsWith("\\")
          || !resolved.startsWith(base)) {
        throw new IOException(
            "'"
                + name
                + "' is outside the evaluation document's folder; a part is named by a path inside it");
      }
      if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS) && !Files.exists(resolved)) {
        throw new NoSuchFileException(name);
      }
      Path real = resolved.toRealPath();
      if (!real.startsWith(base.toRealPath())) {
        throw new IOException(
            "'" + name + "' leads outside the evaluation document's folder (a link)");
      }
      if (!Files.isRegularFile(real)) {
        throw new IOException("'" + name + "' is not a regular file");
      }
      return bounded(real, limit);
    };
  }

  /** At most {@code limit} bytes of a file, counted while reading. */
  static byte[] bounded(Path file, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit);
      if (in.read() >= 0) {
        throw new IOException(
            file + " has more than " + limit + " bytes; at most " + limit + " are read");
      }
      return bytes;
    }
  }
}
