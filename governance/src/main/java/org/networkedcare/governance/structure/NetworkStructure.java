package org.networkedcare.governance.structure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Partner;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * The network as an organisation: its partners without ODS codes, posts, bodies and their meetings,
 * the register of guidance with the per-site grid, the learning spread to sites, the training and
 * audit schedules, and the network's purpose (its strategy narrative and objectives, by version).
 * The {@code structure} section of a governance document; every part may be empty. Immutable and
 * thread-safe.
 *
 * @param partners the partners identified by the local scheme
 * @param posts the posts
 * @param bodies the bodies and their terms of reference
 * @param meetings the meetings held
 * @param guidance the register of standards and guidance
 * @param adoption the grid: one cell per (recommendation, site)
 * @param learning the learning items
 * @param schedules the training and audit schedules
 * @param purpose the versions of the strategy narrative and objectives, in any order
 */
public record NetworkStructure(
    List<Partner> partners,
    List<Post> posts,
    List<Body> bodies,
    List<Meeting> meetings,
    List<Guidance> guidance,
    List<Adoption> adoption,
    List<LearningItem> learning,
    List<Schedule> schedules,
    List<Purpose> purpose) {

  /** The most entries of any one list, checked while reading. */
  public static final int MAX_ENTRIES = 10_000;

  /**
   * Copies the lists.
   *
   * @param partners the partners
   * @param posts the posts
   * @param bodies the bodies
   * @param meetings the meetings
   * @param guidance the guidance
   * @param adoption the grid
   * @param learning the learning
   * @param schedules the schedules
   * @param purpose the purpose's versions
   */
  public NetworkStructure {
    partners = List.copyOf(partners);
    posts = List.copyOf(posts);
    bodies = List.copyOf(bodies);
    meetings = List.copyOf(meetings);
    guidance = List.copyOf(guidance);
    adoption = List.copyOf(adoption);
    learning = List.copyOf(learning);
    schedules = List.copyOf(schedules);
    purpose = List.copyOf(purpose);
  }

  /**
   * A structure without a purpose.
   *
   * @param partners the partners
   * @param posts the posts
   * @param bodies the bodies
   * @param meetings the meetings
   * @param guidance the guidance
   * @param adoption the grid
   * @param learning the learning
   * @param schedules the schedules
   */
  public NetworkStructure(
      List<Partner> partners,
      List<Post> posts,
      List<Body> bodies,
      List<Meeting> meetings,
      List<Guidance> guidance,
      List<Adoption> adoption,
      List<LearningItem> learning,
      List<Schedule> schedules) {
    this(partners, posts, bodies, meetings, guidance, adoption, learning, schedules, List.of());
  }

  /**
   * {@return the version of the purpose in force on a day}: the one with the latest start on or
   * before it; empty before the first
   *
   * @param day the day
   */
  public Optional<Purpose> purposeOn(java.time.LocalDate day) {
    return purpose.stream()
        .filter(p -> !p.from().isAfter(day))
        .max(java.util.Comparator.comparing(Purpose::from));
  }

  /** {@return a structure with nothing in it} */
  public static NetworkStructure empty() {
    return new NetworkStructure(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  /**
   * {@return whether the structure has anything the engine judges}: a post, a body, a grid cell, a
   * learning item, a schedule or a version of the purpose (partners alone are not judged)
   */
  public boolean judged() {
    return !purpose.isEmpty()
        || !posts.isEmpty()
        || !bodies.isEmpty()
        || !adoption.isEmpty()
        || !learning.isEmpty()
        || !schedules.isEmpty();
  }

  /**
   * {@return the post with the identifier, if there is one}
   *
   * @param id the identifier
   */
  public Optional<Post> post(String id) {
    return posts.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * {@return the body with the identifier, if there is one}
   *
   * @param id the identifier
   */
  public Optional<Body> body(String id) {
    return bodies.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * {@return who acts for a post}: the post's title at its employer, when the employer has an ODS
   * code; for a post employed by a partner without an ODS code, the nearest post up its line
   * ({@code reportsTo}) employed by an organisation with one, as that post's title with "line of"
   * the post and its employing partner (a checked structure always has one: {@code post.line});
   * empty for an unknown post
   *
   * @param post the post's identifier
   */
  public Optional<Actor> actor(String post) {
    Optional<Post> p = post(post);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    if (coded(p.get())) {
      return Optional.of(new Actor(OdsCode.of(p.get().employer()), p.get().title()));
    }
    return line(p.get())
        .map(
            l ->
                new Actor(
                    OdsCode.of(l.employer()),
                    l.title()
                        + " (line of the "
                        + p.get().title()
                        + ", employed by "
                        + partnerName(p.get().employer())
                        + ")"));
  }

  /**
   * {@return the nearest post up a post's line employed by an organisation with an ODS code}, if
   * there is one (a post whose line loops or ends at partners has none)
   */
  private Optional<Post> line(Post p) {
    Set<String> seen = new HashSet<>();
    seen.add(p.id());
    Optional<Post> next = p.reportsTo().flatMap(this::post);
    while (next.isPresent() && seen.add(next.get().id())) {
      if (coded(next.get())) {
        return next;
      }
      next = next.get().reportsTo().flatMap(this::post);
    }
    return Optional.empty();
  }

  private static boolean coded(Post p) {
    return OdsCode.FORMAT.matcher(p.employer()).matches();
  }

  private String partnerName(String id) {
    return partners.stream()
        .filter(x -> x.id().value().equals(id))
        .findFirst()
        .map(Partner::name)
        .orElse(id);
  }

  /**
   * Checks references against the network and each other, every problem at its path under {@code
   * at}: identifiers unique ({@code id.duplicate}); employers members of the network or declared
   * partners, sites of the network, posts, bodies, guidance and recommendations declared ({@code
   * reference.unknown}); no body reporting to itself through others ({@code body.reports-to}); a
   * post employed by a partner without an ODS code has a line reaching a post employed by one
   * ({@code post.line}), so every finding about it has an actor.
   *
   * @param organisations the ODS codes of the network's organisations
   * @param sites the network's sites
   * @param at where problems go
   */
  public void check(Set<OdsCode> organisations, Set<OdsCode> sites, Problems at) {
    Set<String> partnerIds = unique(at, "partners", partners, p -> p.id().value());
    Set<String> postIds = unique(at, "posts", posts, Post::id);
    Set<String> bodyIds = unique(at, "bodies", bodies, Body::id);
    Set<String> guidanceIds = unique(at, "guidance", guidance, Guidance::id);
    unique(at, "learning", learning, LearningItem::id);
    unique(at, "schedules", schedules, Schedule::id);
    Set<String> orgIds = new HashSet<>(partnerIds);
    organisations.forEach(o -> orgIds.add(o.value()));
    for (int i = 0; i < posts.size(); i++) {
      Post p = posts.get(i);
      Problems here = at.at("posts").at(i);
      known(here.at("employer"), orgIds, p.employer(), "organisations or partners");
      for (int s = 0; s < p.sites().size(); s++) {
        known(here.at("sites").at(s), codes(sites), p.sites().get(s).value(), "sites");
      }
      p.reportsTo().ifPresent(r -> known(here.at("reportsTo"), postIds, r, "posts"));
      if (!coded(p) && p.reportsTo().map(postIds::contains).orElse(true) && line(p).isEmpty()) {
        here.at("reportsTo")
            .add(
                "post.line",
                "the "
                    + p.title()
                    + " post is employed by the partner "
                    + p.employer()
                    + ", which has no ODS code, so its line (reportsTo) must reach a post employed"
                    + " by an organisation of the network: that post's holder acts on its findings");
      }
    }
    for (int i = 0; i < bodies.size(); i++) {
      Body b = bodies.get(i);
      Problems here = at.at("bodies").at(i);
      for (int m = 0; m < b.members().size(); m++) {
        known(here.at("members").at(m), postIds, b.members().get(m), "posts");
      }
      b.reportsTo().ifPresent(r -> known(here.at("reportsTo"), bodyIds, r, "bodies"));
      Set<String> seen = new HashSet<>();
      Optional<String> next = b.reportsTo();
      while (next.isPresent() && seen.add(next.get())) {
        if (next.get().equals(b.id())) {
          here.at("reportsTo")
              .add(
                  "body.reports-to",
                  "body '" + b.id() + "' reports to itself through " + String.join(", ", seen));
          break;
        }
        next = body(next.get()).flatMap(Body::reportsTo);
      }
    }
    Map<String, Guidance> byId = new HashMap<>();
    guidance.forEach(g -> byId.putIfAbsent(g.id(), g));
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      Problems here = at.at("meetings").at(i);
      known(here.at("body"), bodyIds, m.body(), "bodies");
      for (int a = 0; a < m.attended().size(); a++) {
        known(here.at("attended").at(a), postIds, m.attended().get(a), "posts");
      }
    }
    Set<String> cells = new HashSet<>();
    for (int i = 0; i < adoption.size(); i++) {
      Adoption c = adoption.get(i);
      Problems here = at.at("adoption").at(i);
      if (known(here.at("guidance"), guidanceIds, c.guidance(), "guidance")
          && !Objects.requireNonNull(byId.get(c.guidance())).has(c.recommendation())) {
        here.at("recommendation")
            .add(
                "reference.unknown",
                "'" + c.recommendation() + "' is not a recommendation of " + c.guidance());
      }
      known(here.at("site"), codes(sites), c.site().value(), "sites");
      known(here.at("owner"), postIds, c.owner(), "posts");
      if (!cells.add(c.guidance() + "|" + c.recommendation() + "|" + c.site())) {
        here.add("adoption.duplicate", "the grid has one cell per recommendation and site");
      }
    }
    for (int i = 0; i < learning.size(); i++) {
      LearningItem l = learning.get(i);
      Problems here = at.at("learning").at(i);
      known(here.at("owner"), postIds, l.owner(), "posts");
      for (int s = 0; s < l.sites().size(); s++) {
        known(
            here.at("sites").at(s).at("site"),
            codes(sites),
            l.sites().get(s).site().value(),
            "sites");
      }
    }
    unique(at, "purpose", purpose, Purpose::id);
    Set<java.time.LocalDate> starts = new HashSet<>();
    for (int i = 0; i < purpose.size(); i++) {
      Purpose v = purpose.get(i);
      Problems here = at.at("purpose").at(i);
      here.at("from")
          .check(
              starts.add(v.from()),
              "purpose.from",
              "another version of the purpose also starts on " + v.from());
      known(here.at("owner"), postIds, v.owner(), "posts");
      v.approvedBy().ifPresent(b -> known(here.at("approvedBy"), bodyIds, b, "bodies"));
      for (int k = 0; k < v.objectives().size(); k++) {
        known(
            here.at("objectives").at(k).at("owner"),
            postIds,
            v.objectives().get(k).owner(),
            "posts");
      }
    }
    for (int i = 0; i < schedules.size(); i++) {
      Schedule s = schedules.get(i);
      Problems here = at.at("schedules").at(i);
      s.site().ifPresent(x -> known(here.at("site"), codes(sites), x.value(), "sites"));
      s.post().ifPresent(x -> known(here.at("post"), postIds, x, "posts"));
      known(here.at("owner"), postIds, s.owner(), "posts");
    }
  }

  private static Set<String> codes(Set<OdsCode> codes) {
    Set<String> out = new HashSet<>();
    codes.forEach(c -> out.add(c.value()));
    return out;
  }

  private static boolean known(Problems at, Set<String> ids, String id, String what) {
    return at.check(
        ids.contains(id), "reference.unknown", "'" + id + "' is not one of the document's " + what);
  }

  private static <T> Set<String> unique(
      Problems at, String field, List<T> list, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String k = id.apply(list.get(i));
      at.at(field)
          .at(i)
          .at("id")
          .check(ids.add(k), "id.duplicate", "'" + k + "' is already defined in this document");
    }
    return ids;
  }
}
