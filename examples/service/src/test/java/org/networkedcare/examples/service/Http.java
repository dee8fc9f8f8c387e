package org.networkedcare.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of a running service that checks every answer against the service's own OpenAPI
 * document: the status and media type must be declared for the operation, and a JSON body must
 * validate against the declared schema (JSON Schema 2020-12, with the document's components).
 */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** An answer. */
  record Answer(int status, String type, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final JsonNode openApi;
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  Http(NetworkedCareService service) {
    this.base = URI.create("http://127.0.0.1:" + service.port());
    Answer doc = send(HttpRequest.newBuilder(base.resolve("/openapi.json")).GET(), false);
    assertEquals(200, doc.status());
    this.openApi = doc.json();
  }

  /** The OpenAPI document, after a real parser has read it without a message. */
  JsonNode openApi() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(openApi.toString(), null, options);
    assertNotNull(parsed.getOpenAPI(), () -> String.valueOf(parsed.getMessages()));
    assertTrue(
        parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        () -> String.valueOf(parsed.getMessages()));
    assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
    return openApi;
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), true);
  }

  Answer post(String path, String type, byte[] body) {
    return post(path, type, body, Map.of());
  }

  Answer post(String path, String type, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    headers.forEach(b::header);
    return send(b, true);
  }

  Answer post(String path, String type, String body) {
    return post(path, type, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Posts a body of unknown length (chunked), so that the limit must be found while reading. */
  Answer postChunked(String path, String type, InputStream body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)),
        true);
  }

  private Answer send(HttpRequest.Builder request, boolean check) {
    HttpRequest r = request.timeout(Duration.ofSeconds(60)).build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Answer a =
        new Answer(
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(""),
            response.body());
    if (check) {
      conforms(r.method(), r.uri().getPath(), a);
    }
    return a;
  }

  /** Checks an answer against the OpenAPI document. */
  void conforms(String method, String path, Answer a) {
    JsonNode op = openApi.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    if (op.isMissingNode()) {
      // Not an endpoint: only problem documents may answer.
      assertEquals("application/problem+json", a.type(), path);
      validate("Problem", a.json());
      return;
    }
    JsonNode response = op.path("responses").path(Integer.toString(a.status()));
    assertTrue(
        !response.isMissingNode(),
        () -> method + " " + path + ": status " + a.status() + " is not declared: " + a.text());
    String media = a.type().split(";", 2)[0].strip();
    JsonNode content = response.path("content").path(media);
    assertTrue(
        !content.isMissingNode(),
        () -> method + " " + path + " " + a.status() + ": " + media + " is not declared");
    JsonNode schema = content.path("schema");
    if (media.endsWith("json") && schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      validate(ref.substring(ref.lastIndexOf('/') + 1), a.json());
    }
  }

  /** Checks a request body against a component of the OpenAPI document. */
  void validateRequest(String component, JsonNode value) {
    validate(component, value);
  }

  private void validate(String component, JsonNode value) {
    JsonSchema schema =
        schemas.computeIfAbsent(
            component,
            c -> {
              ObjectNode root = MAPPER.createObjectNode();
              root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
              root.put("$ref", "#/components/schemas/" + c);
              root.set("components", openApi.get("components"));
              return factory.getSchema(root);
            });
    Set<ValidationMessage> errors = schema.validate(value);
    assertTrue(errors.isEmpty(), () -> component + ": " + errors);
  }
}
