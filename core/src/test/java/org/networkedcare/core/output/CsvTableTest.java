package org.networkedcare.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesPerRfc4180OnlyWhereNeeded() throws IOException {
    StringWriter s = new StringWriter();
    CsvTable t = CsvTable.start(s, "id", "note");
    t.text("a,b").text("say \"hi\"").end();
    t.text("line\nbreak").text(" spaced ").end();
    t.text("#first").text("#second").end();
    t.text("").text("").end();
    assertEquals(
        "id,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"line\nbreak\", spaced \n\"#first\",#second\n,\n",
        s.toString());
  }

  @Test
  void formulaLeadingTextIsNeutralisedAndNumbersAreNot() throws IOException {
    StringWriter s = new StringWriter();
    CsvTable t = CsvTable.start(s, "site", "value");
    t.text("=HYPERLINK(\"http://x\",\"y\")").number("-1.5").end();
    t.text("+1").number("+2").end();
    t.text("-1").number("1.5E-7").end();
    t.text("@SUM(A1)").number("").end();
    t.text("\tx").number(-3).end();
    t.text("\rx").number("12").end();
    assertEquals(
        "site,value\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-1.5\n'+1,+2\n'-1,1.5E-7\n'@SUM(A1),\n'\tx,-3\n"
            + "\"'\rx\",12\n",
        s.toString());
  }

  @Test
  void aNumberCellTakesOnlyADecimalNumber() throws IOException {
    CsvTable t = CsvTable.start(new StringWriter(), "v");
    for (String bad :
        List.of(
            "Infinity",
            "-Infinity",
            "NaN",
            "1e",
            "e5",
            ".",
            "-",
            "1,5",
            "=1",
            "0x10",
            "1.2.3",
            " 1")) {
      assertThrows(IllegalArgumentException.class, () -> t.number(bad), bad);
    }
    for (String good : List.of("0", "-0.0", "12.", ".5", "1E+22", "1e-300", "+7")) {
      assertTrue(CsvTable.isNumber(good), good);
    }
  }

  @Test
  void everyRowHasTheHeadersWidth() throws IOException {
    CsvTable t = CsvTable.start(new StringWriter(), "a", "b");
    t.text("x");
    assertThrows(IllegalStateException.class, t::end);
    t.text("y");
    assertThrows(IllegalStateException.class, () -> t.text("z"));
    t.end();
    assertThrows(
        IllegalArgumentException.class, () -> CsvTable.start(new StringWriter(), List.of()));
  }

  @Test
  void aSingleEmptyCellIsQuotedSoTheRowIsNotAnEmptyLine() throws IOException {
    StringWriter s = new StringWriter();
    CsvTable.start(s, "only").text("").end();
    assertEquals("only\n\"\"\n", s.toString());
  }

  /**
   * Random text, written and read back with an RFC 4180 reader written here: same width, same
   * cells.
   */
  @Test
  void randomTextReadsBackToTheSameCells() throws IOException {
    Random random = new Random(15);
    String alphabet = "ab,\"\n\r =+-@#\t1.é";
    for (int round = 0; round < 2000; round++) {
      int width = 1 + random.nextInt(4);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r < 1 + random.nextInt(4); r++) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          StringBuilder cell = new StringBuilder();
          for (int k = random.nextInt(6); k > 0; k--) {
            cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          row.add(cell.toString());
        }
        rows.add(row);
      }
      StringWriter s = new StringWriter();
      List<String> header = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        header.add("c" + c);
      }
      CsvTable t = CsvTable.start(s, header);
      for (List<String> row : rows) {
        for (String cell : row) {
          t.text(cell);
        }
        t.end();
      }
      List<List<String>> read = parse(s.toString());
      assertEquals(rows.size() + 1, read.size(), s::toString);
      for (int r = 0; r < rows.size(); r++) {
        assertEquals(width, read.get(r + 1).size(), s::toString);
        for (int c = 0; c < width; c++) {
          String want = rows.get(r).get(c);
          String got = read.get(r + 1).get(c);
          boolean formula = !want.isEmpty() && "=+-@\t\r".indexOf(want.charAt(0)) >= 0;
          assertEquals(formula ? "'" + want : want, got, s::toString);
          assertFalse(!got.isEmpty() && "=+-@\t\r".indexOf(got.charAt(0)) >= 0, got);
        }
      }
    }
  }

  /** RFC 4180 with LF line ends: quoted fields may hold anything, a doubled quote is one quote. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && cell.length() == 0) {
        i++;
        while (true) {
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(q);
          }
        }
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        i++;
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
        i++;
      }
    }
    return rows;
  }

  /** Whole numbers are written digit by digit, without a String: the text of Long.toString. */
  @Test
  void wholeNumbersAreLongToString() throws IOException {
    Random r = new Random(21);
    List<Long> values =
        new ArrayList<>(List.of(0L, 9L, 10L, -1L, -10L, Long.MAX_VALUE, Long.MIN_VALUE));
    for (int i = 0; i < 10_000; i++) {
      values.add(i % 2 == 0 ? r.nextLong() : (long) r.nextInt(2000) - 1000);
    }
    StringWriter w = new StringWriter();
    CsvTable t = CsvTable.start(w, "n");
    StringBuilder want = new StringBuilder("n\n");
    for (long v : values) {
      t.number(v).end();
      want.append(v).append('\n');
    }
    assertEquals(want.toString(), w.toString());
  }
}
