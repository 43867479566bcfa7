package org.actorgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date of any precision and the interval of days it covers, as xsd:date values. */
class LiteralsTest {

  private static Optional<Node> date(String s) {
    return Optional.of(NodeFactory.createLiteralDT(s, XSDDatatype.XSDdate));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-03-04, 2025-03-04, 2025-03-04",
    "2025-03, 2025-03-01, 2025-03-31",
    "2024-02, 2024-02-01, 2024-02-29",
    "2025, 2025-01-01, 2025-12-31",
  })
  void aDateCoversTheDaysOfItsPrecision(String iso, String start, String end) {
    assertEquals(date(start), Literals.startDate(iso));
    assertEquals(date(end), Literals.endDate(iso));
  }

  @ParameterizedTest
  @CsvSource({"2025-13", "March 2025", "2025-02-30"})
  void aDateThatIsNotIsoHasNoInterval(String iso) {
    assertEquals(Optional.empty(), Literals.startDate(iso));
  }
}
