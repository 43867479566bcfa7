package org.actorgraph.rdf;

import static org.actorgraph.rdf.Literals.confidence;
import static org.actorgraph.rdf.Literals.string;

import java.util.List;
import java.util.Locale;
import org.actorgraph.relate.Evidence;
import org.actorgraph.relate.Fact;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.Names;
import org.actorgraph.vocab.AG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes facts as assertion nodes with their direct triples; part of {@link ArticleGraphWriter}.
 */
final class FactWriter {

  private final ArticleGraphWriter w;
  private final Iris iris;

  FactWriter(ArticleGraphWriter writer, Iris iris) {
    this.w = writer;
    this.iris = iris;
  }

  /** The fact's IRI, from the values that identify it. */
  String iri(Fact fact) {
    if (fact instanceof Fact.Position p) {
      return iris.fact("position", p.holder().iri(), p.organisation().iri(), p.role());
    } else if (fact instanceof Fact.Membership m) {
      return iris.fact("membership", m.member().iri(), m.organisation().iri());
    } else if (fact instanceof Fact.PartOf p) {
      return iris.fact("partOf", p.part().iri(), p.whole().iri());
    } else if (fact instanceof Fact.LocatedIn l) {
      return iris.fact("locatedIn", l.located().iri(), l.location().iri());
    } else if (fact instanceof Fact.Interaction i) {
      return iris.fact("interaction", i.source().iri(), i.target().iri(), i.cameo());
    } else if (fact instanceof Fact.Agreement a) {
      return iris.agreement(
          a.kind().name(), sortedIris(a.parties()), Names.normalise(a.names().get(0)));
    } else if (fact instanceof Fact.Quote q) {
      return iris.fact("quote", q.speaker().iri(), Names.normalise(q.text()));
    } else {
      return iris.fact("contest", sortedIris(((Fact.Contest) fact).contestants()));
    }
  }

  private static String sortedIris(List<Entity> entities) {
    return String.join(" ", entities.stream().map(Entity::iri).sorted().toList());
  }

  /** Writes one fact stated once or more: the first statement's values, all the evidence. */
  void write(String iri, List<Fact> statements) {
    Node n = NodeFactory.createURI(iri);
    Fact first = statements.get(0);
    type(n, AG.Assertion);
    double best = 0;
    for (Fact f : statements) {
      best = Math.max(best, f.confidence());
      for (Evidence e : f.evidence()) {
        for (Node mention : w.evidence(e)) {
          w.quad(n, AG.evidence, mention);
        }
      }
    }
    Node view = w.view(n);
    w.quad(view, AG.confidence, confidence(best));
    if (first instanceof Fact.Position p) {
      position(n, view, p);
    } else if (first instanceof Fact.Membership m) {
      binary(n, AG.Membership, AG.member, m.member(), AG.organisation, m.organisation());
      w.quad(node(m.member()), AG.memberOf, node(m.organisation()));
    } else if (first instanceof Fact.PartOf p) {
      binary(n, AG.PartWhole, AG.part, p.part(), AG.whole, p.whole());
      w.quad(node(p.part()), AG.partOf, node(p.whole()));
    } else if (first instanceof Fact.LocatedIn l) {
      binary(n, AG.Location, AG.located, l.located(), AG.location, l.location());
      w.quad(node(l.located()), AG.locatedIn, node(l.location()));
    } else if (first instanceof Fact.Interaction i) {
      interaction(n, view, i);
    } else if (first instanceof Fact.Agreement) {
      agreement(n, view, statements);
    } else if (first instanceof Fact.Quote q) {
      quote(n, q);
    } else {
      contest(n, (Fact.Contest) first);
    }
  }

  private void type(Node n, Resource type) {
    w.quad(n, RDF.type.asNode(), type.asNode());
  }

  private static Node node(Entity e) {
    return NodeFactory.createURI(e.iri());
  }

  private void binary(Node n, Resource type, Property from, Entity a, Property to, Entity b) {
    type(n, type);
    w.quad(n, from, node(a));
    w.quad(n, to, node(b));
  }

  private void position(Node n, Node view, Fact.Position p) {
    type(n, AG.Position);
    w.quad(n, AG.holder, node(p.holder()));
    w.quad(n, AG.organisation, node(p.organisation()));
    w.quad(n, AG.role, string(p.role()));
    w.quad(view, AG.roleStatus, roleStatus(p.status()).asNode());
    w.quad(node(p.holder()), AG.holdsPositionIn, node(p.organisation()));
    if (p.head() && p.status() == Fact.RoleStatus.CURRENT) {
      w.quad(node(p.holder()), AG.headOf, node(p.organisation()));
    }
  }

  private static Resource roleStatus(Fact.RoleStatus s) {
    return switch (s) {
      case CURRENT -> AG.roleCurrent;
      case FORMER -> AG.roleFormer;
      case ACTING -> AG.roleActing;
      case ELECT -> AG.roleElect;
    };
  }

  private void interaction(Node n, Node view, Fact.Interaction i) {
    type(n, AG.Interaction);
    w.quad(n, AG.source, node(i.source()));
    w.quad(n, AG.target, node(i.target()));
    w.quad(n, AG.cameo, AG.cameo(i.cameo()).asNode());
    w.quad(view, AG.trigger, string(i.trigger()));
    i.date().ifPresent(d -> date(view, d));
    w.quad(node(i.source()), AG.interactsWith, node(i.target()));
  }

  /** The date as the article gives it and the interval of days it covers, on the view. */
  private void date(Node view, String iso) {
    w.quad(view, AG.date, Literals.isoDate(iso));
    w.interval(view, iso);
  }

  private void agreement(Node n, Node view, List<Fact> statements) {
    Fact.Agreement a = (Fact.Agreement) statements.get(0);
    type(n, AG.Agreement);
    Resource form = form(a.form());
    if (form != null) {
      type(n, form);
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Fact f : statements) {
      names.addAll(((Fact.Agreement) f).names());
    }
    for (String name : names) {
      w.quad(n, RDFS.label.asNode(), string(name));
    }
    w.quad(n, AG.agreementKind, NodeFactory.createURI(AG.NS + "kind" + capital(a.kind().name())));
    w.quad(view, AG.status, NodeFactory.createURI(AG.NS + "status" + statusName(a.status())));
    a.date().ifPresent(d -> date(view, d));
    for (Entity party : a.parties()) {
      w.quad(n, AG.party, node(party));
      w.quad(node(party), AG.partyTo, n);
    }
  }

  private static Resource form(Fact.AgreementForm form) {
    return switch (form) {
      case AGREEMENT -> null;
      case TREATY -> AG.Treaty;
      case MEMORANDUM -> AG.Memorandum;
      case CONTRACT -> AG.Contract;
      case CEASEFIRE -> AG.Ceasefire;
    };
  }

  private static String capital(String enumName) {
    String lower = enumName.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String statusName(Fact.AgreementStatus s) {
    return s == Fact.AgreementStatus.IN_FORCE ? "InForce" : capital(s.name());
  }

  private void quote(Node n, Fact.Quote q) {
    type(n, AG.Quote);
    w.quad(n, AG.speaker, node(q.speaker()));
    w.quad(n, AG.text, string(q.text()));
    w.quad(node(q.speaker()), AG.quoted, n);
  }

  private void contest(Node n, Fact.Contest c) {
    type(n, AG.Contest);
    for (Entity e : c.contestants()) {
      w.quad(n, AG.contestant, node(e));
    }
    c.winner().ifPresent(win -> w.quad(n, AG.winner, node(win)));
    for (Entity a : c.contestants()) {
      for (Entity b : c.contestants()) {
        if (a != b) {
          w.quad(node(a), AG.opponentOf, node(b));
        }
      }
    }
  }
}
