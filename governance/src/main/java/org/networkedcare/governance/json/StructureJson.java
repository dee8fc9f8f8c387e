package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.structure.Adoption;
import org.networkedcare.governance.structure.Body;
import org.networkedcare.governance.structure.Guidance;
import org.networkedcare.governance.structure.Guidance.Recommendation;
import org.networkedcare.governance.structure.LearningItem;
import org.networkedcare.governance.structure.LearningItem.Spread;
import org.networkedcare.governance.structure.Meeting;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.governance.structure.Post;
import org.networkedcare.governance.structure.Post.Holding;
import org.networkedcare.governance.structure.Purpose;
import org.networkedcare.governance.structure.Purpose.StrategicObjective;
import org.networkedcare.governance.structure.Schedule;

/**
 * The JSON form of the network as an organisation: partners, posts, bodies, meetings, the guidance
 * register and its adoption grid, learning, schedules and the purpose. Names from a fixed
 * vocabulary (a post's kind, a body's constituencies, ...) are checked as they are read, listing
 * the names on an unknown one.
 *
 * <p>Stateless and thread-safe.
 */
final class StructureJson {

  private StructureJson() {}

  /**
   * Reads the structure. A list longer than {@link NetworkStructure#MAX_ENTRIES} is {@code
   * structure.size} and is not read; otherwise every problem of every entry is recorded at its
   * path.
   *
   * @param value the JSON value
   * @return the structure, or empty when a problem was recorded
   */
  static Optional<NetworkStructure> networkStructure(JsonValue value) {
    return value.object(
        o -> {
          int before = o.problems().list().size();
          for (String field :
              List.of(
                  "partners",
                  "posts",
                  "bodies",
                  "meetings",
                  "guidance",
                  "adoption",
                  "learning",
                  "schedules",
                  "purpose")) {
            JsonNode n = value.node().path(field);
            if (n.isArray() && n.size() > NetworkStructure.MAX_ENTRIES) {
              o.problems()
                  .at(field)
                  .add(
                      "structure.size",
                      "at most " + NetworkStructure.MAX_ENTRIES + " entries, found " + n.size());
              return Optional.empty();
            }
          }
          NetworkStructure s =
              new NetworkStructure(
                  o.list("partners", OrganisationJson::partner),
                  o.list("posts", v -> v.object(StructureJson::post)),
                  o.list("bodies", v -> v.object(StructureJson::body)),
                  o.list("meetings", v -> v.object(StructureJson::meeting)),
                  o.list("guidance", v -> v.object(StructureJson::guidance)),
                  o.list("adoption", v -> v.object(StructureJson::adoption)),
                  o.list("learning", v -> v.object(StructureJson::learningItem)),
                  o.list("schedules", v -> v.object(StructureJson::schedule)),
                  o.list("purpose", v -> v.object(w -> purpose(v.node(), w))));
          return o.problems().list().size() > before ? Optional.empty() : Optional.of(s);
        });
  }

  /**
   * {@return the structure as JSON; the purpose only when it has a version}
   *
   * @param structure the structure
   */
  static JsonNode write(NetworkStructure structure) {
    ObjectNode node = Json.object();
    write(node.putArray("partners"), structure.partners(), OrganisationJson::write);
    write(node.putArray("posts"), structure.posts(), StructureJson::write);
    write(node.putArray("bodies"), structure.bodies(), StructureJson::write);
    write(node.putArray("meetings"), structure.meetings(), StructureJson::write);
    write(node.putArray("guidance"), structure.guidance(), StructureJson::write);
    write(node.putArray("adoption"), structure.adoption(), StructureJson::write);
    write(node.putArray("learning"), structure.learning(), StructureJson::write);
    write(node.putArray("schedules"), structure.schedules(), StructureJson::write);
    if (!structure.purpose().isEmpty()) {
      write(node.putArray("purpose"), structure.purpose(), StructureJson::write);
    }
    return node;
  }

  private static <T> void write(ArrayNode array, List<T> list, Function<T, JsonNode> json) {
    list.forEach(t -> array.add(json.apply(t)));
  }

  private static Optional<String> oneOf(JsonValue value, List<String> names) {
    Map<String, String> map = new LinkedHashMap<>();
    names.forEach(n -> map.put(n, n));
    return value.oneOf(map);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static Optional<Post> post(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> kind = o.required("kind", v -> oneOf(v, Post.KINDS));
    Optional<String> constituency = o.optional("constituency", v -> oneOf(v, Post.CONSTITUENCIES));
    Optional<String> employer = o.required("employer", JsonValue::nonBlankText);
    List<OdsCode> sites = o.list("sites", OrganisationJson::odsCode);
    Optional<LocalDate> from = o.required("from", JsonValue::date);
    Optional<LocalDate> to = o.optional("to", JsonValue::date);
    Optional<Integer> limit = o.required("vacancyLimitDays", JsonValue::integer);
    Optional<String> reportsTo = o.optional("reportsTo", JsonValue::nonBlankText);
    List<Holding> holders = o.list("holders", StructureJson::holding);
    return o.buildAll(
        () ->
            new Post(
                JsonObject.orMissing(id),
                JsonObject.orMissing(title),
                JsonObject.orMissing(kind),
                constituency,
                JsonObject.orMissing(employer),
                sites,
                JsonObject.orMissing(from),
                to,
                limit.orElse(0),
                reportsTo,
                holders));
  }

  private static Optional<Holding> holding(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> person = o.required("person", JsonValue::nonBlankText);
          Optional<LocalDate> from = o.required("from", JsonValue::date);
          Optional<LocalDate> to = o.optional("to", JsonValue::date);
          return o.buildAll(
              () -> new Holding(JsonObject.orMissing(person), JsonObject.orMissing(from), to));
        });
  }

  private static JsonNode write(Post post) {
    ObjectNode node = Json.object();
    node.put("id", post.id());
    node.put("title", post.title());
    node.put("kind", post.kind());
    post.constituency().ifPresent(c -> node.put("constituency", c));
    node.put("employer", post.employer());
    ArrayNode s = node.putArray("sites");
    post.sites().forEach(c -> s.add(c.value()));
    node.put("from", post.from().toString());
    post.to().ifPresent(t -> node.put("to", t.toString()));
    node.put("vacancyLimitDays", post.vacancyLimitDays());
    post.reportsTo().ifPresent(r -> node.put("reportsTo", r));
    ArrayNode h = node.putArray("holders");
    post.holders().forEach(x -> h.add(write(x)));
    return node;
  }

  private static JsonNode write(Holding holding) {
    ObjectNode node = Json.object();
    node.put("person", holding.person());
    node.put("from", holding.from().toString());
    holding.to().ifPresent(t -> node.put("to", t.toString()));
    return node;
  }

  private static Optional<Body> body(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<String> purpose = o.required("purpose", JsonValue::nonBlankText);
    Optional<String> chair = o.required("chair", JsonValue::nonBlankText);
    Optional<List<String>> members = o.required("members", v -> v.list(JsonValue::nonBlankText));
    List<String> constituencies = o.list("constituencies", v -> oneOf(v, Post.CONSTITUENCIES));
    Optional<Integer> quorum = o.required("quorum", JsonValue::integer);
    Optional<Integer> every = o.required("meetingEveryMonths", JsonValue::integer);
    List<String> decides = o.list("decides", JsonValue::nonBlankText);
    List<String> advises = o.list("advises", JsonValue::nonBlankText);
    Optional<String> reportsTo = o.optional("reportsTo", JsonValue::nonBlankText);
    Optional<LocalDate> from = o.required("from", JsonValue::date);
    return o.buildAll(
        () ->
            new Body(
                JsonObject.orMissing(id),
                JsonObject.orMissing(name),
                JsonObject.orMissing(purpose),
                JsonObject.orMissing(chair),
                JsonObject.orMissing(members),
                constituencies,
                quorum.orElse(0),
                every.orElse(0),
                decides,
                advises,
                reportsTo,
                JsonObject.orMissing(from)));
  }

  private static JsonNode write(Body body) {
    ObjectNode node = Json.object();
    node.put("id", body.id());
    node.put("name", body.name());
    node.put("purpose", body.purpose());
    node.put("chair", body.chair());
    strings(node.putArray("members"), body.members());
    strings(node.putArray("constituencies"), body.constituencies());
    node.put("quorum", body.quorum());
    node.put("meetingEveryMonths", body.meetingEveryMonths());
    strings(node.putArray("decides"), body.decides());
    strings(node.putArray("advises"), body.advises());
    body.reportsTo().ifPresent(r -> node.put("reportsTo", r));
    node.put("from", body.from().toString());
    return node;
  }

  private static Optional<Meeting> meeting(JsonObject o) {
    Optional<String> body = o.required("body", JsonValue::nonBlankText);
    Optional<LocalDate> date = o.required("date", JsonValue::date);
    Optional<List<String>> attended = o.required("attended", v -> v.list(JsonValue::nonBlankText));
    List<String> decisions = o.list("decisions", JsonValue::nonBlankText);
    return o.buildAll(
        () ->
            new Meeting(
                JsonObject.orMissing(body),
                JsonObject.orMissing(date),
                JsonObject.orMissing(attended),
                decisions));
  }

  private static JsonNode write(Meeting meeting) {
    ObjectNode node = Json.object();
    node.put("body", meeting.body());
    node.put("date", meeting.date().toString());
    strings(node.putArray("attended"), meeting.attended());
    if (!meeting.decisions().isEmpty()) {
      strings(node.putArray("decisions"), meeting.decisions());
    }
    return node;
  }

  private static Optional<Guidance> guidance(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> kind = o.required("kind", v -> oneOf(v, Guidance.KINDS));
    Optional<List<Recommendation>> recs =
        o.required("recommendations", v -> v.list(StructureJson::recommendation));
    return o.buildAll(
        () ->
            new Guidance(
                JsonObject.orMissing(id),
                JsonObject.orMissing(title),
                JsonObject.orMissing(kind),
                JsonObject.orMissing(recs)));
  }

  private static Optional<Recommendation> recommendation(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> text = o.required("text", JsonValue::nonBlankText);
          return o.buildAll(
              () -> new Recommendation(JsonObject.orMissing(id), JsonObject.orMissing(text)));
        });
  }

  private static JsonNode write(Guidance guidance) {
    ObjectNode node = Json.object();
    node.put("id", guidance.id());
    node.put("title", guidance.title());
    node.put("kind", guidance.kind());
    ArrayNode recs = node.putArray("recommendations");
    guidance
        .recommendations()
        .forEach(r -> recs.addObject().put("id", r.id()).put("text", r.text()));
    return node;
  }

  private static Optional<Adoption> adoption(JsonObject o) {
    Optional<String> guidance = o.required("guidance", JsonValue::nonBlankText);
    Optional<String> rec = o.required("recommendation", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
    Optional<String> status = o.required("status", v -> oneOf(v, Adoption.STATUSES));
    Optional<LocalDate> due = o.required("due", JsonValue::date);
    Optional<LocalDate> adopted = o.optional("adopted", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    return o.buildAll(
        () ->
            new Adoption(
                JsonObject.orMissing(guidance),
                JsonObject.orMissing(rec),
                JsonObject.orMissing(site),
                JsonObject.orMissing(status),
                JsonObject.orMissing(due),
                adopted,
                JsonObject.orMissing(owner)));
  }

  private static JsonNode write(Adoption adoption) {
    ObjectNode node = Json.object();
    node.put("guidance", adoption.guidance());
    node.put("recommendation", adoption.recommendation());
    node.put("site", adoption.site().value());
    node.put("status", adoption.status());
    node.put("due", adoption.due().toString());
    adoption.adopted().ifPresent(a -> node.put("adopted", a.toString()));
    node.put("owner", adoption.owner());
    return node;
  }

  private static Optional<LearningItem> learningItem(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> source = o.required("source", v -> oneOf(v, LearningItem.SOURCES));
    Optional<LocalDate> date = o.required("date", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    Optional<List<Spread>> sites = o.required("sites", v -> v.list(StructureJson::spread));
    return o.buildAll(
        () ->
            new LearningItem(
                JsonObject.orMissing(id),
                JsonObject.orMissing(title),
                JsonObject.orMissing(source),
                JsonObject.orMissing(date),
                JsonObject.orMissing(owner),
                JsonObject.orMissing(sites)));
  }

  private static Optional<Spread> spread(JsonValue value) {
    return value.object(
        o -> {
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          Optional<LocalDate> by = o.required("acknowledgeBy", JsonValue::date);
          Optional<LocalDate> ack = o.optional("acknowledged", JsonValue::date);
          Optional<LocalDate> adopted = o.optional("adopted", JsonValue::date);
          return o.buildAll(
              () -> new Spread(JsonObject.orMissing(site), JsonObject.orMissing(by), ack, adopted));
        });
  }

  private static JsonNode write(LearningItem item) {
    ObjectNode node = Json.object();
    node.put("id", item.id());
    node.put("title", item.title());
    node.put("source", item.source());
    node.put("date", item.date().toString());
    node.put("owner", item.owner());
    ArrayNode array = node.putArray("sites");
    for (Spread s : item.sites()) {
      ObjectNode n = array.addObject();
      n.put("site", s.site().value());
      n.put("acknowledgeBy", s.acknowledgeBy().toString());
      s.acknowledged().ifPresent(a -> n.put("acknowledged", a.toString()));
      s.adopted().ifPresent(a -> n.put("adopted", a.toString()));
    }
    return node;
  }

  private static Optional<Schedule> schedule(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> kind = o.required("kind", v -> oneOf(v, Schedule.KINDS));
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.optional("site", OrganisationJson::odsCode);
    Optional<String> post = o.optional("post", JsonValue::nonBlankText);
    Optional<Integer> every = o.required("everyMonths", JsonValue::integer);
    Optional<LocalDate> from = o.required("from", JsonValue::date);
    List<LocalDate> done = o.list("completions", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    return o.buildAll(
        () ->
            new Schedule(
                JsonObject.orMissing(id),
                JsonObject.orMissing(kind),
                JsonObject.orMissing(title),
                site,
                post,
                every.orElse(0),
                JsonObject.orMissing(from),
                done,
                JsonObject.orMissing(owner)));
  }

  private static JsonNode write(Schedule schedule) {
    ObjectNode node = Json.object();
    node.put("id", schedule.id());
    node.put("kind", schedule.kind());
    node.put("title", schedule.title());
    schedule.site().ifPresent(s -> node.put("site", s.value()));
    schedule.post().ifPresent(p -> node.put("post", p));
    node.put("everyMonths", schedule.everyMonths());
    node.put("from", schedule.from().toString());
    schedule.completions().stream()
        .sorted()
        .forEach(c -> node.withArray("completions").add(c.toString()));
    if (schedule.completions().isEmpty()) {
      node.putArray("completions");
    }
    return node.put("owner", schedule.owner());
  }

  private static Optional<Purpose> purpose(JsonNode node, JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<LocalDate> from = o.required("from", JsonValue::date);
    Optional<LocalDate> reviewBy = o.required("reviewBy", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    Optional<String> approvedBy = o.optional("approvedBy", JsonValue::nonBlankText);
    Optional<String> narrative = o.required("narrative", JsonValue::nonBlankText);
    JsonNode list = node.path("objectives");
    if (list.isArray() && list.size() > Purpose.MAX_OBJECTIVES) {
      // Refused before reading, so a hostile document cannot make the reader build them all.
      o.problems()
          .at("objectives")
          .add(
              "purpose.objectives",
              "at most " + Purpose.MAX_OBJECTIVES + " objectives, found " + list.size());
      o.optional("objectives", v -> Optional.<Object>empty());
      return Optional.empty();
    }
    List<StrategicObjective> objectives = o.list("objectives", StructureJson::objective);
    return o.buildAll(
        () ->
            new Purpose(
                JsonObject.orMissing(id),
                JsonObject.orMissing(from),
                JsonObject.orMissing(reviewBy),
                JsonObject.orMissing(owner),
                approvedBy,
                JsonObject.orMissing(narrative),
                objectives));
  }

  private static Optional<StrategicObjective> objective(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> text = o.required("text", JsonValue::nonBlankText);
          List<String> measures = o.list("measures", JsonValue::nonBlankText);
          Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
          return o.buildAll(
              () ->
                  new StrategicObjective(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(text),
                      measures,
                      JsonObject.orMissing(owner)));
        });
  }

  private static JsonNode write(Purpose purpose) {
    ObjectNode node = Json.object();
    node.put("id", purpose.id());
    node.put("from", purpose.from().toString());
    node.put("reviewBy", purpose.reviewBy().toString());
    node.put("owner", purpose.owner());
    purpose.approvedBy().ifPresent(b -> node.put("approvedBy", b));
    node.put("narrative", purpose.narrative());
    ArrayNode o = node.putArray("objectives");
    purpose.objectives().forEach(x -> o.add(write(x)));
    return node;
  }

  private static JsonNode write(StrategicObjective objective) {
    ObjectNode node = Json.object();
    node.put("id", objective.id());
    node.put("text", objective.text());
    strings(node.putArray("measures"), objective.measures());
    node.put("owner", objective.owner());
    return node;
  }
}
