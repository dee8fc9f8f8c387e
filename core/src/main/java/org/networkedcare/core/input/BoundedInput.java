package org.networkedcare.core.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reads streams with a limit on the bytes, counted as they arrive: a special file whose size is
 * reported as 0 ({@code /dev/zero}, a FIFO) is stopped at the limit like any other. Stateless and
 * thread-safe; each stream returned is for one thread.
 *
 * <p>The limits every CSV input of the library shares are here too: at most {@value #MAX_CSV_BYTES}
 * bytes (256 MiB), {@value #MAX_CSV_ROWS} data rows, {@value #MAX_CSV_CELLS} cells and {@value
 * #MAX_CSV_ROW_CHARS} characters in a row, {@value #MAX_CSV_CELL_CHARS} characters in a cell.
 */
public final class BoundedInput {

  /** The most bytes a CSV input has (256 MiB). */
  public static final long MAX_CSV_BYTES = 256L * 1024 * 1024;

  /** The most data rows (after the header) a CSV input has. */
  public static final int MAX_CSV_ROWS = 1_000_000;

  /** The most cells in one CSV row. */
  public static final int MAX_CSV_CELLS = 1_000;

  /** The most characters in one CSV row. */
  public static final int MAX_CSV_ROW_CHARS = 1_000_000;

  /** The most characters in one CSV cell. */
  public static final int MAX_CSV_CELL_CHARS = 100_000;

  private BoundedInput() {}

  /**
   * {@return every byte of a stream, refusing more than a limit} The stream is read to its end or
   * one byte past the limit, whichever comes first, and is not closed.
   *
   * @param in the stream
   * @param limit the most bytes accepted
   * @throws ValidationException ({@code input.too-large}, naming the limit) when the stream holds
   *     more
   * @throws IOException when the stream cannot be read
   */
  public static byte[] readAll(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit && in.read() >= 0) {
      throw tooLarge(limit);
    }
    return bytes;
  }

  /**
   * {@return a stream that fails once more than a limit of bytes has been read from it}
   *
   * @param in the stream
   * @param limit the most bytes accepted
   */
  public static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
      }

      private void count(long n) {
        count += n;
        if (count > limit) {
          throw tooLarge(limit);
        }
      }
    };
  }

  /**
   * {@return a reader of strict UTF-8 text (a malformed byte is an error) of at most a limit of
   * bytes, without its leading byte-order mark, if any}
   *
   * @param in the stream
   * @param limit the most bytes accepted
   */
  public static Reader utf8(InputStream in, long limit) {
    Reader reader =
        new InputStreamReader(
            limited(in, limit),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return withoutByteOrderMark(reader);
  }

  /**
   * {@return a reader without the byte-order mark its text may start with} A quoted first header
   * cell ({@code \uFEFF"period",...}) then parses as the quoted cell it is.
   *
   * @param reader the text
   */
  public static Reader withoutByteOrderMark(Reader reader) {
    PushbackReader pushback = new PushbackReader(reader, 1);
    return new Reader() {
      private boolean started;

      @Override
      public int read(char[] buffer, int off, int len) throws IOException {
        if (!started) {
          started = true;
          int first = pushback.read();
          if (first < 0) {
            return -1;
          }
          if (first != '\uFEFF') {
            pushback.unread(first);
          }
        }
        return pushback.read(buffer, off, len);
      }

      @Override
      public void close() throws IOException {
        pushback.close();
      }
    };
  }

  private static ValidationException tooLarge(long limit) {
    return new ValidationException(
        "",
        "input.too-large",
        "the input has more than " + limit + " bytes; at most " + limit + " are read");
  }
}
