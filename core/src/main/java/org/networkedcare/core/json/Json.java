package org.networkedcare.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.ValidationException;

/**
 * The library's one JSON configuration: hardened reading and stable writing.
 *
 * <p>Reading takes bytes, decodes them as UTF-8 itself (malformed bytes are an error, a leading
 * byte-order mark is skipped) and parses them into a tree with these limits: at most {@value
 * #MAX_DOCUMENT_BYTES} bytes, nesting at most {@value #MAX_DEPTH} deep, numbers at most {@value
 * #MAX_NUMBER_LENGTH} characters, strings at most {@value #MAX_STRING_LENGTH} characters; duplicate
 * keys, trailing tokens, comments, {@code NaN} and other non-standard JSON are rejected. Decimal
 * numbers are kept exact ({@link java.math.BigDecimal}); {@link JsonValue} then refuses a number
 * whose exponent is beyond {@value #MAX_EXPONENT}, so that {@code 1e-1000000} cannot stall a
 * calculation. There is no data binding and so no polymorphic typing: documents are read field by
 * field by {@link JsonObject}, which names every missing, mistyped or unknown field.
 *
 * <p>Writing produces indented UTF-8 JSON, decimals in plain notation, fields in the order the
 * writer added them, which each document type documents and keeps stable.
 */
public final class Json {

  /** The largest document read, in bytes (16 MiB). */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_DEPTH = 64;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The largest decimal exponent (positive or negative) a number may have. */
  public static final int MAX_EXPONENT = 100;

  private static final JsonMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}

  private static JsonMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(1_000)
                .build());
    return mapper;
  }

  /**
   * Parses a document.
   *
   * @param bytes the document, UTF-8
   * @return its tree
   * @throws ValidationException if the bytes are not UTF-8, not well-formed JSON, or beyond a limit
   */
  public static JsonNode parse(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new ValidationException(
          "",
          "json.too-large",
          "the document has "
              + bytes.length
              + " bytes; at most "
              + MAX_DOCUMENT_BYTES
              + " are read");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ValidationException("", "json.encoding", "the document is not valid UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(text);
  }

  /**
   * Parses a document already decoded to text.
   *
   * @param text the document
   * @return its tree
   * @throws ValidationException if the text is not well-formed JSON or is beyond a limit
   */
  public static JsonNode parse(String text) {
    if (text.isBlank()) {
      throw new ValidationException("", "json.empty", "the document is empty");
    }
    try {
      JsonNode tree = MAPPER.readTree(text);
      String lone = loneSurrogate(tree, "");
      if (lone != null) {
        throw new ValidationException(
            lone,
            "json.encoding",
            "a string holds an unpaired surrogate escape (such as \\ud800), which is no character");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      throw new ValidationException(pointerOf(e), "json.limit", firstLine(e) + where(e));
    } catch (JsonProcessingException e) {
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String code = original.startsWith("Duplicate field") ? "json.duplicate-key" : "json.syntax";
      throw new ValidationException(pointerOf(e), code, firstLine(e) + where(e));
    }
  }

  /** {@return a new, empty object node to write into} */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@return a new, empty array node to write into} */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * {@return a tree as indented JSON text, ending with a newline}
   *
   * @param tree what to write
   */
  public static String write(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the pointer of the first string or field name with an unpaired surrogate, or null}
   * Depth is at most {@link #MAX_DEPTH}.
   */
  private static @Nullable String loneSurrogate(JsonNode node, String path) {
    if (node.isTextual()) {
      return unpaired(node.textValue()) ? path : null;
    }
    if (node.isObject()) {
      for (var field : node.properties()) {
        String at = path + org.networkedcare.core.validation.Problem.token(field.getKey());
        if (unpaired(field.getKey())) {
          return at;
        }
        String inner = loneSurrogate(field.getValue(), at);
        if (inner != null) {
          return inner;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String inner = loneSurrogate(node.get(i), path + "/" + i);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private static boolean unpaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static String pointerOf(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser parser) {
      try {
        return parser.getParsingContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        return "";
      }
    }
    return "";
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** A message for a person: Jackson's first line, without its source excerpts and class names. */
  private static String firstLine(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed JSON";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return "the document ends early: an array, object or string is not closed";
    }
    if (message.startsWith("Duplicate field")) {
      int open = message.indexOf('\'');
      int close = message.indexOf('\'', open + 1);
      String name = open >= 0 && close > open ? message.substring(open, close + 1) : "";
      return "the field " + name + " appears twice in one object";
    }
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the end of the document";
    }
    if (message.startsWith("Document nesting depth")) {
      return "arrays and objects are nested more than " + MAX_DEPTH + " deep";
    }
    if (message.startsWith("Number value length")) {
      return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (message.startsWith("String value length") || message.startsWith("String length")) {
      return "a string is longer than " + MAX_STRING_LENGTH + " characters";
    }
    if (message.startsWith("Non-standard token")) {
      int open = message.indexOf('\'');
      int close = message.indexOf('\'', open + 1);
      return (open >= 0 && close > open ? message.substring(open, close + 1) : "the token")
          + " is not a JSON number";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    for (String cut :
        new String[] {
          " (start marker at",
          " [Source:",
          " (for ",
          " (bound as",
          ": enable `",
          " (not recognized as one"
        }) {
      int at = line.indexOf(cut);
      if (at >= 0) {
        line = line.substring(0, at);
      }
    }
    // Never the name of a parser option: a person cannot act on it.
    return line.contains("Feature") || line.contains("`") || line.contains("jackson")
        ? "malformed JSON"
        : line;
  }
}
