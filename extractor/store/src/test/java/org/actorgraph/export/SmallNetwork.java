package org.actorgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** A small invented network for the writer tests, with characters that need escaping. */
final class SmallNetwork {

  static final String FREEDONIA = "https://w3id.org/actorgraph/id/entity/Q1";
  static final String SYLVANIA = "https://w3id.org/actorgraph/id/entity/Q2";
  static final String JANE = "https://w3id.org/actorgraph/id/person/jane";
  static final String COUNCIL = "https://w3id.org/actorgraph/id/organisation/council";

  private SmallNetwork() {}

  static ActorNetwork network() {
    return new ActorNetwork(
        List.of(
            new ActorNode(FREEDONIA, "Freedonia", "Country", "Q1", 3),
            new ActorNode(SYLVANIA, "Sylvania", "Country", "Q2", 2),
            new ActorNode(JANE, "Jane \"JD\" Doe, <Jr.> & co", "Person", null, 1),
            new ActorNode(COUNCIL, "Council of Port Aster", "GovernmentBody", null, 1)),
        List.of(
            new RelationEdge(
                "e1",
                FREEDONIA,
                SYLVANIA,
                RelationKind.Interaction,
                "04",
                "04 Consult",
                3,
                0.8,
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 15)),
            new RelationEdge(
                "e2",
                FREEDONIA,
                SYLVANIA,
                RelationKind.Agreement,
                null,
                "agreement with",
                1,
                0.6,
                null,
                null),
            new RelationEdge(
                "e3",
                JANE,
                COUNCIL,
                RelationKind.Position,
                null,
                "holds position in",
                2,
                0.85,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))));
  }

  static byte[] write(NetworkWriter writer, ActorNetwork network) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(network, out);
    return out.toByteArray();
  }
}
