package org.networkedcare.examples.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.networkedcare.core.validation.Problem;

/**
 * An RFC 9457 problem document ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and {@code problems}, every problem of the
 * input with its JSON pointer (and CSV line, when it is a CSV file's), code and message.
 *
 * @param status the HTTP status
 * @param type the problem type's URI
 * @param title the type's short summary
 * @param detail this occurrence, in words
 * @param problems every problem of the input, empty for a problem of the request or the server
 */
record ProblemDocument(
    int status, String type, String title, String detail, List<ProblemDocument.Item> problems) {

  /** The base of the problem types' URIs. */
  static final String TYPES = "urn:networkedcare:problem:";

  /**
   * One problem of the input.
   *
   * @param pointer the JSON pointer, {@code ""} for the whole document, empty when the command
   *     named no place
   * @param line the CSV line, for a CSV file's problem
   * @param code the stable code
   * @param message the message, as the command line prints it
   */
  record Item(Optional<String> pointer, Optional<Long> line, String code, String message) {

    private static final Pattern ROW = Pattern.compile("/rows/(\\d+)(?:/.*)?");

    /** {@code D.csv:12: column: message [code]}: a dataset's line. */
    private static final Pattern FILE_LINE =
        Pattern.compile("([^:\\s]+):(\\d+): (.*) \\[([^\\]\\s]+)\\]");

    /** {@code E.json:/pointer: message [code]} or {@code /pointer: message [code]}. */
    private static final Pattern POINTER =
        Pattern.compile("(?:[^:\\s]+:)?(/\\S*|\\(document\\)): (.*) \\[([^\\]\\s]+)\\]");

    /** {@code F.csv: message [code]} or {@code message [code]}. */
    private static final Pattern CODED =
        Pattern.compile("(?:[A-Za-z0-9._-]+\\.(?:csv|json): )?(.*) \\[([^\\]\\s]+)\\]");

    /** The problem a reader reported, with its CSV line when its pointer is a CSV row's. */
    static Item of(Problem p) {
      Matcher row = ROW.matcher(p.path());
      Optional<Long> line =
          row.matches() ? Optional.of(Long.parseLong(row.group(1))) : Optional.empty();
      return new Item(Optional.of(p.path()), line, p.code(), p.message());
    }

    /** A problem as a command printed it, with its place and code when the line names them. */
    static Item ofLine(String text) {
      Matcher m = FILE_LINE.matcher(text);
      if (m.matches()) {
        return new Item(
            Optional.empty(), Optional.of(Long.parseLong(m.group(2))), m.group(4), m.group(3));
      }
      m = POINTER.matcher(text);
      if (m.matches()) {
        String pointer = m.group(1).equals("(document)") ? "" : m.group(1);
        return new Item(Optional.of(pointer), Optional.empty(), m.group(3), m.group(2));
      }
      m = CODED.matcher(text);
      if (m.matches()) {
        return new Item(Optional.empty(), Optional.empty(), m.group(2), m.group(1));
      }
      return new Item(Optional.empty(), Optional.empty(), "input", text);
    }

    ObjectNode toJson() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      pointer.ifPresent(p -> o.put("pointer", p));
      line.ifPresent(l -> o.put("line", l));
      o.put("code", code);
      o.put("message", message);
      return o;
    }
  }

  /** Copies the problems. */
  ProblemDocument {
    problems = List.copyOf(problems);
  }

  /** A problem of the request or the server, with no problems of the input. */
  static ProblemDocument of(int status, String type, String title, String detail) {
    return new ProblemDocument(status, TYPES + type, title, detail, List.of());
  }

  /** Invalid input: 400 with every problem. */
  static ProblemDocument invalid(List<Item> problems) {
    String detail =
        problems.size() == 1
            ? "The input has 1 problem."
            : "The input has " + problems.size() + " problems.";
    return new ProblemDocument(
        400, TYPES + "invalid-input", "The input has problems", detail, problems);
  }

  ObjectNode toJson(String instance) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("title", title);
    o.put("status", status);
    o.put("detail", detail);
    o.put("instance", instance);
    if (!problems.isEmpty()) {
      ArrayNode list = o.putArray("problems");
      problems.forEach(p -> list.add(p.toJson()));
    }
    return o;
  }
}
