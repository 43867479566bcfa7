package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.resolve.Entity;

/**
 * A relationship the article states, with how sure the extractor is and where it is stated.
 * Implementations are records; {@code evidence} is never empty.
 */
public sealed interface Fact {

  double confidence();

  List<Evidence> evidence();

  /** Whether a role stays current, ended, or is held in an acting or elected-not-yet capacity. */
  enum RoleStatus {
    CURRENT,
    FORMER,
    ACTING,
    ELECT
  }

  /** Agreement kinds, as in the gold format. */
  enum AgreementKind {
    ALLIANCE,
    DEFENCE,
    SECURITY,
    TRADE,
    PEACE,
    DIPLOMATIC,
    ARMS,
    ECONOMIC,
    OTHER
  }

  /** Agreement statuses, as in the gold format. */
  enum AgreementStatus {
    PROPOSED,
    NEGOTIATING,
    ANNOUNCED,
    SIGNED,
    RATIFIED,
    IN_FORCE,
    REJECTED,
    ENDED
  }

  /** The legal form of an agreement, where the wording says it. */
  enum AgreementForm {
    AGREEMENT,
    TREATY,
    MEMORANDUM,
    CONTRACT,
    CEASEFIRE
  }

  /** A person holding a role in a country, organisation or place. */
  record Position(
      Entity holder,
      Entity organisation,
      String role,
      RoleStatus status,
      boolean head,
      double confidence,
      List<Evidence> evidence)
      implements Fact {
    public Position {
      evidence = Facts.checked(evidence, confidence);
    }
  }

  /** A country, organisation or person belonging to an organisation. */
  record Membership(Entity member, Entity organisation, double confidence, List<Evidence> evidence)
      implements Fact {
    public Membership {
      evidence = Facts.checked(evidence, confidence);
    }
  }

  /** An organisation that is a body of a larger organisation or of a country. */
  record PartOf(Entity part, Entity whole, double confidence, List<Evidence> evidence)
      implements Fact {
    public PartOf {
      evidence = Facts.checked(evidence, confidence);
    }
  }

  /** A place or organisation located in a place or country. */
  record LocatedIn(Entity located, Entity location, double confidence, List<Evidence> evidence)
      implements Fact {
    public LocatedIn {
      evidence = Facts.checked(evidence, confidence);
    }
  }

  /**
   * An exchange between two actors, typed by CAMEO root category.
   *
   * @param cameo the two-digit CAMEO root code, {@code "01"} to {@code "20"}
   * @param trigger the lemma of the word that states it ("meet", "sign")
   */
  record Interaction(
      Entity source,
      Entity target,
      String cameo,
      String trigger,
      Optional<String> date,
      double confidence,
      List<Evidence> evidence)
      implements Fact {
    public Interaction {
      evidence = Facts.checked(evidence, confidence);
      if (!cameo.matches("0[1-9]|1\\d|20")) {
        throw new IllegalArgumentException("cameo '" + cameo + "' is not a root code 01-20");
      }
    }
  }

  /**
   * One stage of an agreement as one statement of it tells: "plans to sign a treaty" (proposed),
   * "started negotiations on the treaty" (negotiating), with that statement's date and evidence.
   */
  record AgreementStage(AgreementStatus status, Optional<String> date, List<Evidence> evidence) {
    public AgreementStage {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A named or described agreement between parties. {@code apart} holds pairs of parties that are
   * each another party's partner but not each other's ({@code A has a pact with B and C}): they
   * take part in it without dealing with one another. {@code status} is its most advanced stage;
   * {@code stages} are all the stages its statements tell, each an exchange of its parties of its
   * own ("plans to sign" is an intent, "negotiations on" a consultation).
   */
  record Agreement(
      List<String> names,
      AgreementForm form,
      AgreementKind kind,
      AgreementStatus status,
      List<Entity> parties,
      Optional<String> date,
      double confidence,
      List<Evidence> evidence,
      Set<Set<Entity>> apart,
      List<AgreementStage> stages)
      implements Fact {
    public Agreement {
      names = List.copyOf(names);
      parties = List.copyOf(parties);
      evidence = Facts.checked(evidence, confidence);
      apart = Set.copyOf(apart);
      stages = List.copyOf(stages);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("agreement has no name");
      }
    }

    /** An agreement all of whose parties deal with one another, told at one stage. */
    public Agreement(
        List<String> names,
        AgreementForm form,
        AgreementKind kind,
        AgreementStatus status,
        List<Entity> parties,
        Optional<String> date,
        double confidence,
        List<Evidence> evidence) {
      this(
          names,
          form,
          kind,
          status,
          parties,
          date,
          confidence,
          evidence,
          Set.of(),
          List.of(new AgreementStage(status, date, evidence)));
    }
  }

  /** A direct quotation and its speaker. */
  record Quote(Entity speaker, String text, double confidence, List<Evidence> evidence)
      implements Fact {
    public Quote {
      evidence = Facts.checked(evidence, confidence);
    }
  }

  /** Rivals in an election or contest; {@code winner} when the article says who won. */
  record Contest(
      List<Entity> contestants, Optional<Entity> winner, double confidence, List<Evidence> evidence)
      implements Fact {
    public Contest {
      contestants = List.copyOf(contestants);
      evidence = Facts.checked(evidence, confidence);
      if (contestants.size() < 2) {
        throw new IllegalArgumentException("a contest needs two contestants");
      }
    }
  }
}
