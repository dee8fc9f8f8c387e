package org.networkedcare.governance.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.governance.calendar.BankHolidays;
import org.networkedcare.governance.json.CalendarJson;

/** Working-day deadlines across weekends and bank holidays, counted by hand on a calendar. */
class DeadlinesTest {

  private static final BankHolidays CALENDAR = CalendarJson.englandAndWales();

  /** The worked example's route: 5, 10, 15 and 20 working days. */
  private static final EscalationRoute ROUTE =
      new EscalationRoute(
          "standard",
          List.of(
              level(Holder.Party.PROVIDER, "site clinical lead", 5),
              level(Holder.Party.HOST, "service director", 10),
              level(Holder.Party.PROVIDER, "chief executive", 15),
              level(Holder.Party.COMMISSIONER, "director of commissioning", 20)));

  private static EscalationRoute.Level level(Holder.Party party, String role, int days) {
    return new EscalationRoute.Level(role, new Holder(party, role, Optional.empty()), days, "");
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void christmasAndBoxingDaySkipped() {
    // Friday 20 December 2024: Mon 23 (1), Tue 24 (2), [25, 26 holidays], Fri 27 (3), Mon 30 (4),
    // Tue 31 (5)
    assertEquals(
        d("2024-12-31"),
        Deadlines.standing(ROUTE, 1, d("2024-12-20"), d("2024-12-20"), CALENDAR).due());
  }

  @Test
  void easterSkipped() {
    // Thursday 28 March 2024: [Good Friday 29, weekend, Easter Monday 1 April], Tue 2 (1), Wed 3
    // (2), Thu 4 (3), Fri 5 (4), Mon 8 (5)
    assertEquals(
        d("2024-04-08"),
        Deadlines.standing(ROUTE, 1, d("2024-03-28"), d("2024-03-28"), CALENDAR).due());
  }

  @Test
  void aLevelIsHeldOnItsDueDateAndMovesUpTheDayAfter() {
    // opened at level 1 on Sunday 1 September 2024: due Fri 6 September
    Deadlines.Standing onDue =
        Deadlines.standing(ROUTE, 1, d("2024-09-01"), d("2024-09-06"), CALENDAR);
    assertEquals(1, onDue.level());
    assertFalse(onDue.overdue());
    // from Saturday 7 September at level 2, due 10 working days after 6 September: Fri 20 September
    Deadlines.Standing next =
        Deadlines.standing(ROUTE, 1, d("2024-09-01"), d("2024-09-07"), CALENDAR);
    assertEquals(2, next.level());
    assertEquals(d("2024-09-20"), next.due());
    assertEquals(d("2024-09-06"), next.openedLevelDue());
    assertTrue(next.overdue());
  }

  @Test
  void theLastLevelIsWhereItStays() {
    // 5 + 10 + 15 + 20 working days from 1 September 2024 = Fri 6 Sep, Fri 20 Sep, Fri 11 Oct, Fri
    // 8 Nov
    Deadlines.Standing late =
        Deadlines.standing(ROUTE, 1, d("2024-09-01"), d("2025-06-01"), CALENDAR);
    assertEquals(4, late.level());
    assertEquals(d("2024-11-08"), late.due());
  }

  @Test
  void theWorkedExampleDates() {
    // red line at the top level from 1 September 2024: 20 working days, skipping no holiday: 27
    // September
    assertEquals(
        d("2024-09-27"),
        Deadlines.standing(ROUTE, 4, d("2024-09-01"), d("2024-09-20"), CALENDAR).due());
    Deadlines.Standing t1 =
        Deadlines.standing(ROUTE, 2, d("2024-09-01"), d("2024-09-20"), CALENDAR);
    assertEquals(3, t1.level());
    assertEquals(d("2024-09-13"), t1.openedLevelDue());
    assertEquals(d("2024-10-04"), t1.due());
    // 15 working days from Monday 19 August 2024, skipping bank holiday Monday 26 August: 10
    // September
    assertEquals(d("2024-09-10"), CALENDAR.workingDaysAfter(d("2024-08-19"), 15));
  }

  @Test
  void oneOffHolidaysCount() {
    // Thursday 1 June 2022: [Thu 2 and Fri 3 June, the jubilee holidays; weekend], Mon 6 June (1)
    assertEquals(d("2022-06-06"), CALENDAR.workingDaysAfter(d("2022-06-01"), 1));
    // Friday 16 September 2022: [weekend, Mon 19 September, the state funeral], Tue 20 September
    // (1)
    assertEquals(d("2022-09-20"), CALENDAR.workingDaysAfter(d("2022-09-16"), 1));
    // Friday 5 May 2023: [weekend, Mon 8 May, the coronation], Tue 9 May (1)
    assertEquals(d("2023-05-09"), CALENDAR.workingDaysAfter(d("2023-05-05"), 1));
  }
}
