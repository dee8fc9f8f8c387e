package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.ReferenceJson;
import org.networkedcare.core.network.Footprint;
import org.networkedcare.core.network.Network;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.network.NetworkRole;
import org.networkedcare.core.network.NetworkType;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.testing.Generators;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.quicktheories.generators.Generate;

/**
 * Properties: overlap symmetry, order independence (JSON round trips: core.json
 * CodecPropertiesTest).
 */
class PropertiesTest {

  @Test
  void overlapIsSymmetricAndMeansACommonDate() {
    qt().forAll(Generators.ranges(), Generators.ranges())
        .checkAssert(
            (a, b) -> {
              assertEquals(a.overlaps(b), b.overlaps(a));
              LocalDate laterStart = a.from().isAfter(b.from()) ? a.from() : b.from();
              assertEquals(a.contains(laterStart) && b.contains(laterStart), a.overlaps(b));
            });
  }

  @Test
  void touchingRangesNeverOverlap() {
    qt().forAll(Generators.dates(), integers().between(1, 2000), integers().between(1, 2000))
        .checkAssert(
            (start, first, second) -> {
              DateRange a = DateRange.of(start, start.plusDays(first));
              DateRange b =
                  DateRange.of(a.to().orElseThrow(), a.to().orElseThrow().plusDays(second));
              assertFalse(a.overlaps(b));
              assertFalse(b.overlaps(a));
            });
  }

  /** The codes of every problem a lead-provider collaborative with these memberships has. */
  private static List<String> outcome(List<NetworkMembership> memberships) {
    List<Problem> problems = new ArrayList<>();
    try {
      Network network =
          Network.builder()
              .id("lpc")
              .name("lead-provider collaborative")
              .type(NetworkType.LEAD_PROVIDER_COLLABORATIVE)
              .footprint(Footprint.ICS)
              .memberships(memberships)
              .build();
      problems.addAll(network.problems(ReferenceJson.defaults()));
    } catch (ValidationException e) {
      problems.addAll(e.problems());
    }
    return problems.stream()
        .map(
            p ->
                p.code()
                    + (p.code().equals("membership.lead-provider.count") ? " " + p.message() : ""))
        .sorted()
        .toList();
  }

  @Test
  void validationDoesNotDependOnTheOrderOfMemberships() {
    var memberships =
        lists()
            .of(
                Generate.pick(List.of("RAA", "RBB", "RCC"))
                    .zip(
                        Generate.pick(List.of("lead-provider", "member", "host")),
                        Generators.nearbyRanges(),
                        (code, role, range) ->
                            new NetworkMembership(OdsCode.of(code), NetworkRole.of(role), range)))
            .ofSizeBetween(0, 7);
    qt().forAll(memberships, longs().all())
        .checkAssert(
            (list, seed) -> {
              List<NetworkMembership> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(seed));
              List<NetworkMembership> reversed = new ArrayList<>(list);
              Collections.reverse(reversed);
              List<String> expected = outcome(list);
              assertEquals(expected, outcome(shuffled));
              assertEquals(expected, outcome(reversed));
            });
  }
}
