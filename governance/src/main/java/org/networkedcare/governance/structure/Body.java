package org.networkedcare.governance.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/**
 * A body of the network (the network board, a committee, a clinical governance group) and its terms
 * of reference: its purpose, its membership by post, the constituencies its membership must
 * include, its quorum (members present), how often it meets, what it decides and what it only
 * advises on, and the body it reports to. Immutable and thread-safe.
 *
 * @param id the body's identifier, unique in the document
 * @param name the body's name
 * @param purpose the purpose in its terms of reference
 * @param chair the post that chairs it: the actor of its findings
 * @param members the member posts
 * @param constituencies the constituencies its membership must include (reference: a post's
 *     constituency)
 * @param quorum the number of member posts present for a meeting to be quorate, 1 to the number of
 *     members
 * @param meetingEveryMonths the longest gap between meetings, in months (1 to 12)
 * @param decides the matters it decides
 * @param advises the matters it only advises on
 * @param reportsTo the body it reports to, if any
 * @param from the day its terms of reference took effect
 */
public record Body(
    String id,
    String name,
    String purpose,
    String chair,
    List<String> members,
    List<String> constituencies,
    int quorum,
    int meetingEveryMonths,
    List<String> decides,
    List<String> advises,
    Optional<String> reportsTo,
    LocalDate from) {

  /**
   * Checks every part: members listed once ({@code body.members}), constituencies known ({@code
   * unknown-value}), quorum within the membership ({@code body.quorum}), frequency 1 to 12 months
   * ({@code body.frequency}), nothing both decided and only advised on ({@code body.powers}).
   *
   * @param id the identifier
   * @param name the name
   * @param purpose the purpose
   * @param chair the chair
   * @param members the members
   * @param constituencies the constituencies
   * @param quorum the quorum
   * @param meetingEveryMonths the frequency
   * @param decides what it decides
   * @param advises what it advises on
   * @param reportsTo the body reported to
   * @param from the start
   */
  public Body {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("name"), name);
    Vocabulary.id(problems.at("purpose"), purpose);
    Vocabulary.id(problems.at("chair"), chair);
    if (problems.at("members").required(members)) {
      problems
          .at("members")
          .check(!members.isEmpty(), "body.members", "a body has at least one member post");
      problems
          .at("members")
          .check(
              new HashSet<>(members).size() == members.size(),
              "body.members",
              "a post is a member once");
      if (chair != null) {
        problems
            .at("chair")
            .check(
                members.contains(chair),
                "body.chair",
                "the chair '" + chair + "' is a member post");
      }
      problems
          .at("quorum")
          .check(
              quorum >= 1 && quorum <= members.size(),
              "body.quorum",
              "the quorum is 1 to the " + members.size() + " members, not " + quorum);
    }
    if (problems.at("constituencies").required(constituencies)) {
      for (int i = 0; i < constituencies.size(); i++) {
        Vocabulary.member(
            problems.at("constituencies").at(i), constituencies.get(i), Vocabulary.CONSTITUENCIES);
      }
    }
    problems
        .at("meetingEveryMonths")
        .check(
            meetingEveryMonths >= 1 && meetingEveryMonths <= 12,
            "body.frequency",
            "a body meets every 1 to 12 months, not " + meetingEveryMonths);
    if (problems.at("decides").required(decides) && problems.at("advises").required(advises)) {
      for (String d : decides) {
        problems
            .at("advises")
            .check(
                !advises.contains(d),
                "body.powers",
                "'" + d + "' is both decided and only advised on");
      }
    }
    if (problems.at("reportsTo").required(reportsTo)) {
      reportsTo.ifPresent(
          r ->
              problems
                  .at("reportsTo")
                  .check(!r.equals(id), "body.reports-to", "a body does not report to itself"));
    }
    problems.at("from").required(from);
    problems.throwIfAny();
    members = List.copyOf(members);
    constituencies = List.copyOf(constituencies);
    decides = List.copyOf(decides);
    advises = List.copyOf(advises);
  }

  /**
   * {@return whether the body may decide the matter}
   *
   * @param matter the matter's kind, as named in the terms of reference
   */
  public boolean decides(String matter) {
    return decides.contains(matter);
  }

  /**
   * {@return a body read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<Body> fromJson(JsonValue value) {
    return value.object(Body::read);
  }

  private static Optional<Body> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<String> purpose = o.required("purpose", JsonValue::nonBlankText);
    Optional<String> chair = o.required("chair", JsonValue::nonBlankText);
    Optional<List<String>> members = o.required("members", v -> v.list(JsonValue::nonBlankText));
    List<String> constituencies =
        o.list("constituencies", v -> Vocabulary.oneOf(v, Vocabulary.CONSTITUENCIES));
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

  /** {@return the body as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    node.put("purpose", purpose);
    node.put("chair", chair);
    strings(node.putArray("members"), members);
    strings(node.putArray("constituencies"), constituencies);
    node.put("quorum", quorum);
    node.put("meetingEveryMonths", meetingEveryMonths);
    strings(node.putArray("decides"), decides);
    strings(node.putArray("advises"), advises);
    reportsTo.ifPresent(r -> node.put("reportsTo", r));
    node.put("from", from.toString());
    return node;
  }

  static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
