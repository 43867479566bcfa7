package org.actorgraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class DocumentSplitTest {

  private static List<TrainingDocument> documents(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new TrainingDocument(
                    "doc:" + i, List.of(new NameSample(new String[] {"w" + i}, new Span[0], true))))
        .toList();
  }

  @Test
  void holdsOutTheGivenShareOfWholeDocumentsTheSameWayForTheSameSeed() {
    List<TrainingDocument> docs = documents(50);
    DocumentSplit a = DocumentSplit.of(docs, 0.1, 7);
    DocumentSplit b = DocumentSplit.of(docs, 0.1, 7);
    assertEquals(5, a.heldOut().size());
    assertEquals(45, a.training().size());
    assertEquals(a, b);
    Set<TrainingDocument> all = new HashSet<>(a.training());
    all.addAll(a.heldOut());
    assertEquals(Set.copyOf(docs), all);
  }

  @Test
  void anotherSeedHoldsOutOtherDocuments() {
    List<TrainingDocument> docs = documents(50);
    assertNotEquals(
        DocumentSplit.of(docs, 0.1, 7).heldOut(), DocumentSplit.of(docs, 0.1, 8).heldOut());
  }

  @Test
  void rejectsAFractionOfOneOrMore() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentSplit.of(documents(3), 1, 7));
    assertEquals("held-out fraction (1.0) outside [0, 1)", e.getMessage());
  }
}
