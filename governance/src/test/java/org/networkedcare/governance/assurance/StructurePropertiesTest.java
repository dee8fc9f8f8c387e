package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.structure.Adoption;
import org.networkedcare.governance.structure.Body;
import org.networkedcare.governance.structure.Guidance;
import org.networkedcare.governance.structure.LearningItem;
import org.networkedcare.governance.structure.Meeting;
import org.networkedcare.governance.structure.NetworkStructure;
import org.networkedcare.governance.structure.Post;
import org.networkedcare.governance.structure.Purpose;
import org.networkedcare.governance.structure.Schedule;

/**
 * Seeded properties of the network-as-an-organisation rules on random structures over the test
 * network of {@link StructureRulesTest} (sites RQ301 and RWX01, employers RQ3, RWX, Q9Z): adding a
 * member to a body never removes a representation finding it did not cause; a later evaluation date
 * never makes an overdue item (a lapsed strategy review among them) on time when nothing was done
 * in between. Seeds are fixed, so a failure repeats.
 */
class StructurePropertiesTest {

  private static final List<String> CONSTITUENCIES =
      List.of("patient-voice", "primary-care", "social-care", "public-health", "lay");
  private static final List<String> EMPLOYERS = List.of("RQ3", "RWX", "Q9Z");
  private static final List<OdsCode> SITES = List.of(OdsCode.of("RQ301"), OdsCode.of("RWX01"));
  private static final LocalDate START = LocalDate.of(2024, 4, 1);
  private static final GovernanceDocument BASE = StructureRulesTest.document();

  private static LocalDate day(Random r, int span) {
    return START.plusDays(r.nextInt(span));
  }

  private static Post post(Random r, String id) {
    Optional<String> constituency =
        r.nextInt(4) == 0
            ? Optional.empty()
            : Optional.of(CONSTITUENCIES.get(r.nextInt(CONSTITUENCIES.size())));
    List<Post.Holding> holders = new ArrayList<>();
    if (r.nextBoolean()) {
      LocalDate from = day(r, 200);
      Optional<LocalDate> to =
          r.nextBoolean() ? Optional.empty() : Optional.of(from.plusDays(1 + r.nextInt(300)));
      holders.add(new Post.Holding("person " + id, from, to));
    }
    return new Post(
        id,
        "post " + id,
        "other",
        constituency,
        EMPLOYERS.get(r.nextInt(3)),
        List.of(),
        START,
        Optional.empty(),
        1 + r.nextInt(120),
        Optional.empty(),
        holders);
  }

  private static Set<String> keys(Assessment a, String code) {
    return a.findings().stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.subject() + "|" + f.evidence().getOrDefault("constituency", ""))
        .collect(Collectors.toSet());
  }

  @Test
  void addingAMemberNeverRemovesARepresentationFindingItDidNotCause() {
    Random r = new Random(20241);
    for (int round = 0; round < 300; round++) {
      LocalDate asOf = day(r, 500);
      int n = 1 + r.nextInt(5);
      List<Post> posts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        posts.add(post(r, "p" + i));
      }
      List<String> wanted = CONSTITUENCIES.stream().filter(c -> r.nextBoolean()).toList();
      List<String> members = posts.stream().map(Post::id).toList();
      Body body =
          new Body(
              "b",
              "board",
              "purpose",
              "p0",
              members,
              wanted,
              1 + r.nextInt(n),
              1 + r.nextInt(12),
              List.of(),
              List.of(),
              Optional.empty(),
              START);
      Post added = post(r, "new");
      List<Post> morePosts = new ArrayList<>(posts);
      morePosts.add(added);
      List<String> moreMembers = new ArrayList<>(members);
      moreMembers.add("new");
      Body bigger =
          new Body(
              "b",
              "board",
              "purpose",
              "p0",
              moreMembers,
              wanted,
              body.quorum(),
              body.meetingEveryMonths(),
              List.of(),
              List.of(),
              Optional.empty(),
              START);
      Set<String> before =
          keys(
              evaluate(
                  structure(posts, List.of(body), List.of(), List.of(), List.of(), List.of()),
                  asOf),
              "constituency-unrepresented");
      Set<String> after =
          keys(
              evaluate(
                  structure(morePosts, List.of(bigger), List.of(), List.of(), List.of(), List.of()),
                  asOf),
              "constituency-unrepresented");
      Set<String> kept = new HashSet<>(before);
      if (added.activeOn(asOf) && added.holderOn(asOf).isPresent()) {
        added.constituency().ifPresent(c -> kept.removeIf(k -> k.endsWith("|" + c)));
      }
      assertTrue(
          after.containsAll(kept),
          "round " + round + ": before " + before + ", after " + after + ", added " + added);
      assertTrue(
          before.containsAll(after),
          "round " + round + ": adding a member gave a new representation finding");
    }
  }

  @Test
  void aLaterDateNeverMakesAnOverdueItemOnTime() {
    Random r = new Random(20242);
    for (int round = 0; round < 300; round++) {
      LocalDate first = day(r, 600);
      LocalDate later = first.plusDays(1 + r.nextInt(400));
      // Nothing is done between the two dates: every completion, holding, meeting and
      // acknowledgement is on or before the first date, or after the later one.
      java.util.function.Supplier<LocalDate> outside =
          () ->
              r.nextBoolean()
                  ? START.plusDays(r.nextInt((int) (first.toEpochDay() - START.toEpochDay()) + 1))
                  : later.plusDays(1 + r.nextInt(100));
      List<Post> posts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        List<Post.Holding> holders = new ArrayList<>();
        if (r.nextBoolean()) {
          LocalDate from = outside.get();
          holders.add(
              new Post.Holding(
                  "person",
                  from,
                  r.nextBoolean()
                      ? Optional.empty()
                      : Optional.of(from.plusDays(1 + r.nextInt(200)))));
        }
        if (holders.size() == 1
            && holders.get(0).to().map(t -> t.isAfter(first) && !t.isAfter(later)).orElse(false)) {
          holders.clear();
        }
        posts.add(
            new Post(
                "p" + i,
                "post " + i,
                "other",
                Optional.empty(),
                "RQ3",
                List.of(),
                START,
                Optional.empty(),
                1 + r.nextInt(90),
                Optional.empty(),
                holders));
      }
      Body body =
          new Body(
              "b",
              "board",
              "purpose",
              "p0",
              List.of("p0", "p1", "p2", "p3"),
              List.of(),
              2,
              1 + r.nextInt(6),
              List.of(),
              List.of(),
              Optional.empty(),
              START);
      List<Meeting> meetings = new ArrayList<>();
      for (int i = 0; i < r.nextInt(4); i++) {
        meetings.add(new Meeting("b", outside.get(), List.of("p0", "p1"), List.of()));
      }
      Guidance g =
          new Guidance(
              "G",
              "guidance",
              "network-standard",
              List.of(new Guidance.Recommendation("1", "do it")));
      List<Adoption> grid = new ArrayList<>();
      for (OdsCode site : SITES) {
        boolean adopted = r.nextBoolean();
        grid.add(
            new Adoption(
                "G",
                "1",
                site,
                adopted ? "adopted" : "in-progress",
                day(r, 600),
                adopted ? Optional.of(outside.get()) : Optional.empty(),
                "p0"));
      }
      List<LearningItem> learning =
          List.of(
              new LearningItem(
                  "L",
                  "lesson",
                  "incident",
                  START,
                  "p1",
                  SITES.stream()
                      .map(
                          s ->
                              new LearningItem.Spread(
                                  s,
                                  day(r, 600),
                                  r.nextBoolean() ? Optional.of(outside.get()) : Optional.empty()))
                      .toList()));
      List<Schedule> schedules = new ArrayList<>();
      for (String kind : List.of("training", "audit")) {
        List<LocalDate> done = new ArrayList<>();
        for (int i = 0; i < r.nextInt(3); i++) {
          done.add(outside.get());
        }
        schedules.add(
            new Schedule(
                "S-" + kind,
                kind,
                kind,
                Optional.of(SITES.get(r.nextInt(2))),
                Optional.empty(),
                1 + r.nextInt(24),
                START,
                done,
                "p2"));
      }
      // Versions of the purpose start outside the two dates too (a new version is something
      // done); a lapsed review is an overdue item like the others.
      List<Purpose> purpose = new ArrayList<>();
      Set<LocalDate> starts = new HashSet<>();
      for (int i = 0; i < r.nextInt(3); i++) {
        LocalDate from = outside.get();
        if (starts.add(from)) {
          purpose.add(
              new Purpose(
                  "V" + i,
                  from,
                  from.plusDays(1 + r.nextInt(400)),
                  "p0",
                  Optional.of("b"),
                  "narrative " + i,
                  List.of(new Purpose.StrategicObjective("O1", "aim", List.of(), "p1"))));
        }
      }
      NetworkStructure plain = structure(posts, List.of(body), meetings, grid, learning, schedules);
      NetworkStructure s =
          new NetworkStructure(
              plain.partners(),
              plain.posts(),
              plain.bodies(),
              plain.meetings(),
              plain.guidance(),
              plain.adoption(),
              plain.learning(),
              plain.schedules(),
              purpose);
      Set<String> then = overdue(evaluate(s, first));
      Set<String> now = overdue(evaluate(s, later));
      assertTrue(
          now.containsAll(then),
          "round " + round + " (" + first + " then " + later + "): " + then + " but later " + now);
    }
  }

  private static Set<String> overdue(Assessment a) {
    return a.findings().stream()
        .filter(f -> f.code().endsWith("-overdue") || f.code().equals("strategy-review-lapsed"))
        .map(f -> f.code() + "|" + f.subject())
        .collect(Collectors.toSet());
  }

  private static NetworkStructure structure(
      List<Post> posts,
      List<Body> bodies,
      List<Meeting> meetings,
      List<Adoption> grid,
      List<LearningItem> learning,
      List<Schedule> schedules) {
    List<Guidance> guidance =
        grid.isEmpty()
            ? List.of()
            : List.of(
                new Guidance(
                    "G",
                    "guidance",
                    "network-standard",
                    List.of(new Guidance.Recommendation("1", "do it"))));
    return new NetworkStructure(
        List.of(), posts, bodies, meetings, guidance, grid, learning, schedules);
  }

  private static Assessment evaluate(NetworkStructure s, LocalDate asOf) {
    return DecisionEngine.evaluate(
        BASE.withStructure(s, GovernanceReferenceJson.defaults()),
        GovernanceReferenceJson.defaults(),
        asOf);
  }
}
