package org.actorgraph.rdf;

import java.time.LocalDate;
import java.util.Optional;
import org.actorgraph.text.DateInterval;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals as the graph model writes them. */
final class Literals {

  private Literals() {}

  static Node string(String s) {
    return NodeFactory.createLiteralString(s);
  }

  static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  static Node confidence(double c) {
    return NodeFactory.createLiteralDT(
        Double.toString(Math.round(c * 1000) / 1000.0), XSDDatatype.XSDdouble);
  }

  /** {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} as xsd:gYear, gYearMonth or date. */
  static Node isoDate(String iso) {
    XSDDatatype type =
        switch (iso.length()) {
          case 4 -> XSDDatatype.XSDgYear;
          case 7 -> XSDDatatype.XSDgYearMonth;
          default -> XSDDatatype.XSDdate;
        };
    return NodeFactory.createLiteralDT(iso, type);
  }

  /**
   * The first day of the interval that {@code iso} ({@code yyyy}, {@code yyyy-mm} or {@code
   * yyyy-mm-dd}) covers, as xsd:date; empty if it is none of these.
   */
  static Optional<Node> startDate(String iso) {
    return interval(iso).map(days -> date(days[0]));
  }

  /** The last day of the interval that {@code iso} covers, as xsd:date; see {@link #startDate}. */
  static Optional<Node> endDate(String iso) {
    return interval(iso).map(days -> date(days[1]));
  }

  private static Optional<LocalDate[]> interval(String iso) {
    return Optional.ofNullable(
            iso.length() == 4 || iso.length() == 7 || iso.length() == 10
                ? DateInterval.parse(iso)
                : null)
        .map(d -> new LocalDate[] {d.start(), d.end()});
  }

  private static Node date(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  static Node dateTime(java.time.Instant t) {
    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
  }

  static Node anyUri(String s) {
    return NodeFactory.createLiteralDT(s, XSDDatatype.XSDanyURI);
  }
}
