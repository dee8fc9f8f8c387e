package org.networkedcare.examples.report;

import static org.networkedcare.examples.report.Format.escape;

/**
 * One row of a table on the page: a row header, then its cells, each kind of cell with the class
 * the stylesheet gives it ({@code n} right-aligned numbers, {@code date} dates that do not wrap).
 * Text is escaped here; HTML (a number in its {@code data-ptr} span, a marked status) is written as
 * given. Not thread-safe: one row of one page at a time.
 */
final class TableRow {

  private final StringBuilder h;

  private TableRow(StringBuilder h) {
    this.h = h;
  }

  /** {@return a row begun on the page, its header the text given} */
  static TableRow of(StringBuilder h, String header) {
    h.append("<tr><th scope=\"row\">").append(escape(header)).append("</th>");
    return new TableRow(h);
  }

  /** {@return this row with a cell of text} */
  TableRow text(String text) {
    return html(escape(text));
  }

  /** {@return this row with a cell of HTML} */
  TableRow html(String html) {
    h.append("<td>").append(html).append("</td>");
    return this;
  }

  /** {@return this row with a number's cell, the number already formatted as HTML} */
  TableRow number(Object html) {
    h.append("<td class=\"n\">").append(html).append("</td>");
    return this;
  }

  /** {@return this row with a date's cell} */
  TableRow date(Object date) {
    h.append("<td class=\"date\">").append(date).append("</td>");
    return this;
  }

  /** Ends the row. */
  void end() {
    h.append("</tr>\n");
  }
}
