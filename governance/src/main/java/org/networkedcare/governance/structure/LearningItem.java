package org.networkedcare.governance.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A piece of learning (from an incident, an audit, a complaint, an innovation) that the network
 * spreads to its sites, each site to acknowledge it by a date. An acknowledgement dated after the
 * evaluation date is not known at that date. Immutable and thread-safe.
 *
 * @param id the identifier, unique in the document
 * @param title what was learnt
 * @param source where it came from (incident, audit, complaint, innovation, review, other)
 * @param date the day it was issued to the sites
 * @param owner the post that spreads it (the central learning and development lead)
 * @param sites the sites it went to, each once
 */
public record LearningItem(
    String id, String title, String source, LocalDate date, String owner, List<Spread> sites) {

  /**
   * The learning at one site.
   *
   * @param site the site
   * @param acknowledgeBy the last day to acknowledge it
   * @param acknowledged the day the site acknowledged it, if it has
   * @param adopted the day the site adopted the change it asks for, if it has: on or after the
   *     acknowledgement ({@code learning.adopted})
   */
  public record Spread(
      OdsCode site,
      LocalDate acknowledgeBy,
      Optional<LocalDate> acknowledged,
      Optional<LocalDate> adopted) {

    /**
     * Checks the parts: an adoption follows an acknowledgement, on or after its day ({@code
     * learning.adopted}).
     *
     * @param site the site
     * @param acknowledgeBy the due day
     * @param acknowledged the acknowledgement
     * @param adopted the adoption
     */
    public Spread {
      Problems problems = Problems.collector();
      problems.at("site").required(site);
      problems.at("acknowledgeBy").required(acknowledgeBy);
      if (problems.at("acknowledged").required(acknowledged)
          & problems.at("adopted").required(adopted)) {
        adopted.ifPresent(
            a ->
                problems
                    .at("adopted")
                    .check(
                        acknowledged.filter(k -> !a.isBefore(k)).isPresent(),
                        "learning.adopted",
                        "a site adopts learning on or after acknowledging it, not on " + a));
      }
      problems.throwIfAny();
    }

    /**
     * A site's learning not (yet) recorded as adopted.
     *
     * @param site the site
     * @param acknowledgeBy the due day
     * @param acknowledged the acknowledgement
     */
    public Spread(OdsCode site, LocalDate acknowledgeBy, Optional<LocalDate> acknowledged) {
      this(site, acknowledgeBy, acknowledged, Optional.empty());
    }

    /**
     * {@return whether the site had adopted it by the day}
     *
     * @param day the day
     */
    public boolean adoptedBy(LocalDate day) {
      return adopted.filter(d -> !d.isAfter(day)).isPresent();
    }

    /**
     * {@return whether the site had acknowledged it by the day}
     *
     * @param day the day
     */
    public boolean acknowledgedBy(LocalDate day) {
      return acknowledged.filter(d -> !d.isAfter(day)).isPresent();
    }

    static Optional<Spread> fromJson(JsonValue value) {
      return value.object(
          o -> {
            Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
            Optional<LocalDate> by = o.required("acknowledgeBy", JsonValue::date);
            Optional<LocalDate> ack = o.optional("acknowledged", JsonValue::date);
            Optional<LocalDate> adopted = o.optional("adopted", JsonValue::date);
            return o.buildAll(
                () ->
                    new Spread(JsonObject.orMissing(site), JsonObject.orMissing(by), ack, adopted));
          });
    }
  }

  /**
   * Checks the parts ({@code learning.sites}: a site twice, or a due day before the issue day).
   *
   * @param id the identifier
   * @param title the title
   * @param source the source
   * @param date the issue day
   * @param owner the owner post
   * @param sites the sites
   */
  public LearningItem {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("title"), title);
    Vocabulary.member(problems.at("source"), source, Vocabulary.LEARNING_SOURCES);
    problems.at("date").required(date);
    Vocabulary.id(problems.at("owner"), owner);
    if (problems.at("sites").required(sites)) {
      Set<OdsCode> seen = new HashSet<>();
      for (int i = 0; i < sites.size(); i++) {
        Spread s = sites.get(i);
        problems
            .at("sites")
            .at(i)
            .at("site")
            .check(seen.add(s.site()), "learning.sites", "site " + s.site() + " is listed once");
        if (date != null) {
          problems
              .at("sites")
              .at(i)
              .at("acknowledgeBy")
              .check(
                  !s.acknowledgeBy().isBefore(date),
                  "learning.sites",
                  "the acknowledgement is due on or after the issue day " + date);
        }
      }
    }
    problems.throwIfAny();
    sites = List.copyOf(sites);
  }

  /**
   * {@return an item read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<LearningItem> fromJson(JsonValue value) {
    return value.object(LearningItem::read);
  }

  private static Optional<LearningItem> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> source =
        o.required("source", v -> Vocabulary.oneOf(v, Vocabulary.LEARNING_SOURCES));
    Optional<LocalDate> date = o.required("date", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    Optional<List<Spread>> sites = o.required("sites", v -> v.list(Spread::fromJson));
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

  /** {@return the item as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("title", title);
    node.put("source", source);
    node.put("date", date.toString());
    node.put("owner", owner);
    ArrayNode array = node.putArray("sites");
    for (Spread s : sites) {
      ObjectNode n = array.addObject();
      n.put("site", s.site().value());
      n.put("acknowledgeBy", s.acknowledgeBy().toString());
      s.acknowledged().ifPresent(a -> n.put("acknowledged", a.toString()));
      s.adopted().ifPresent(a -> n.put("adopted", a.toString()));
    }
    return node;
  }
}
