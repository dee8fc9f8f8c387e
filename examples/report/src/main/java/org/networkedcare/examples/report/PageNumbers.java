package org.networkedcare.examples.report;

import java.util.function.DoubleFunction;

/** How a section of the page writes a number from the pack's JSON, and names an organisation. */
interface PageNumbers {

  /** A number at a JSON pointer, formatted, in a span carrying the pointer; a dash when absent. */
  String num(String pointer, DoubleFunction<String> format);

  /** An organisation's name with its code, from the network document, or the code alone. */
  String organisation(String code);
}
