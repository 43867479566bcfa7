package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parameters a ready query declares in its header, also over continuation lines. */
class QueryParametersTest {

  @Test
  void oneLineDeclaresOneOrMore() {
    assertEquals(Set.of("name"), QueryLibrary.parametersOf("offices-of-country"));
    assertEquals(Set.of("from", "to"), QueryLibrary.parametersOf("meetings-in-date-range"));
  }

  @Test
  void anIndentedCommentLineContinuesTheDeclaration() {
    assertEquals(Set.of("from", "to"), QueryLibrary.parametersOf("shortest-connection"));
    assertEquals(Set.of("days", "asOf"), QueryLibrary.parametersOf("actors-new-in-last-days"));
  }

  @Test
  void noneDeclaresNone() {
    assertEquals(Set.of(), QueryLibrary.parametersOf("agreements-by-kind-and-status"));
  }
}
