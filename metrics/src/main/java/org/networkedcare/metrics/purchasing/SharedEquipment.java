package org.networkedcare.metrics.purchasing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A piece of equipment shared across sites, part of the purchasing model (a governance document's
 * {@code equipment}; in an appraisal, moving and pooled maintenance are ordinary cost lines): its
 * owner, where it was placed, its moves, who maintains and calibrates it (by default the party
 * responsible for {@code equipment-maintenance} under the agreement covering its site, else the
 * owner), and its calibration. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"id": "OCT-1", "name": "OCT scanner", "owner": "RCE", "site": "RHA01", "moves":
 * [{"date": "...", "from": "RHA01", "to": "RHB01"}], "maintainer": "RCE",
 * "calibrationIntervalMonths": 6, "lastCalibration": "2024-03-10"}}.
 *
 * @param id the asset's identifier
 * @param name what it is
 * @param owner its owner
 * @param site where it was placed first
 * @param moves its moves, in date order
 * @param maintainer who maintains and calibrates it, if stated
 * @param calibrationIntervalMonths the calibration interval in months, positive
 * @param lastCalibration the last calibration
 */
public record SharedEquipment(
    String id,
    String name,
    OdsCode owner,
    OdsCode site,
    List<Move> moves,
    Optional<OdsCode> maintainer,
    int calibrationIntervalMonths,
    LocalDate lastCalibration) {

  /**
   * A move between sites.
   *
   * @param date the date of the move
   * @param from the site it left
   * @param to the site it went to
   */
  public record Move(LocalDate date, OdsCode from, OdsCode to) {

    /**
     * Checks the parts are present.
     *
     * @param date the date
     * @param from the site left
     * @param to the site reached
     */
    public Move {
      Problems problems = Problems.collector();
      problems.at("date").required(date);
      problems.at("from").required(from);
      problems.at("to").required(to);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the equipment: parts present, the interval positive ({@code range}), each move from the
   * site the equipment was at ({@code equipment.move}).
   *
   * @param id the identifier
   * @param name the name
   * @param owner the owner
   * @param site the first site
   * @param moves the moves
   * @param maintainer the maintainer, if stated
   * @param calibrationIntervalMonths the interval
   * @param lastCalibration the last calibration
   */
  public SharedEquipment {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("name").required(name);
    problems.at("owner").required(owner);
    boolean placed = problems.at("site").required(site);
    problems.at("maintainer").required(maintainer);
    problems
        .at("calibrationIntervalMonths")
        .check(calibrationIntervalMonths > 0, "range", "a calibration interval is positive");
    problems.at("lastCalibration").required(lastCalibration);
    if (problems.at("moves").required(moves)) {
      moves = moves.stream().sorted(Comparator.comparing(Move::date)).toList();
      OdsCode at = site;
      for (int i = 0; placed && i < moves.size(); i++) {
        problems
            .at("moves")
            .at(i)
            .at("from")
            .check(
                moves.get(i).from().equals(at),
                "equipment.move",
                "the equipment was at " + at + ", not " + moves.get(i).from());
        at = moves.get(i).to();
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return where the equipment is on a date}
   *
   * @param date the date
   */
  public OdsCode siteOn(LocalDate date) {
    OdsCode at = site;
    for (Move m : moves) {
      if (!m.date().isAfter(date)) {
        at = m.to();
      }
    }
    return at;
  }

  /** {@return the next calibration: the last plus the interval} */
  public LocalDate nextCalibration() {
    return lastCalibration.plusMonths(calibrationIntervalMonths);
  }
}
