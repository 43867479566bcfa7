package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.actorgraph.annotate.DependencyTree;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Appointments.Appointment;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Offices given by appointment or election, read off a dependency parse: a verb of giving an office
 * ({@link Appointments}), its object (or passive subject, or the noun a relative clause on it
 * modifies) as the person, the title as its object predicate ({@code oprd}: {@code named X foreign
 * minister}), after "as" or after "to the post of", and its subject or passive agent as the
 * appointer. The parse reaches what word order cannot: modifiers between subject and verb ({@code
 * Roe, who took office in March, on Monday appointed X}), adverbials between object and title
 * ({@code appointed X on Monday as}). Where the parse gives the verb no subject (a misparse of
 * {@code Freedonia's president X appointed}), the actor right before the verb is taken, as word
 * order does.
 */
final class ParsedAppointments {

  private ParsedAppointments() {}

  /**
   * Whether a sentence may state an appointment: a verb of giving an office and a title after it
   * (only such sentences are worth parsing).
   */
  static boolean candidate(RoleLexicon roles, SentenceActors sa) {
    List<Token> tokens = sa.tokens();
    if (sa.mentions().stream().noneMatch(l -> l.entity().type() == EntityType.PERSON)) {
      return false;
    }
    for (int v = 0; v < tokens.size(); v++) {
      if (AppointmentWords.appointing(tokens.get(v))
          || AppointmentWords.participle(tokens.get(v))) {
        for (int i = v + 1; i < tokens.size(); i++) {
          if (AppointmentWords.roleAt(roles, tokens, i).isPresent()) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The appointments the parse of one sentence shows. */
  static List<Appointment> find(RoleLexicon roles, SentenceActors sa, DependencyTree tree) {
    List<Appointment> out = new ArrayList<>();
    List<Token> tokens = sa.tokens();
    for (int v = 0; v < tokens.size(); v++) {
      if (!tree.tag(v).startsWith("VB")
          || !(AppointmentWords.appointing(tokens.get(v))
              || AppointmentWords.participle(tokens.get(v)))
          || sa.negatedOrHypothetical(v)
          || tree.child(v, "neg") >= 0
          || AppointmentWords.intended(tokens, v)) {
        continue;
      }
      at(roles, sa, tree, v).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Appointment> at(
      RoleLexicon roles, SentenceActors sa, DependencyTree tree, int v) {
    List<Token> tokens = sa.tokens();
    int aux = tree.child(v, "auxpass");
    boolean passive = aux >= 0;
    int title = titleHead(sa, tree, v);
    if (title < 0) {
      return Optional.empty();
    }
    Optional<Located> person = passive ? passiveSubject(sa, tree, v, aux) : object(sa, tree, v);
    if (person.isEmpty()) {
      person = personIn(sa, tree, title);
    }
    if (person.isEmpty()) {
      return Optional.empty();
    }
    int from = Math.max(leftmost(tree, title), sa.lastToken(person.get()) + 1);
    Optional<Integer> start = roleStart(roles, tokens, from, title);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    RoleLexicon.Role role = AppointmentWords.roleAt(roles, tokens, start.get()).orElseThrow();
    Optional<Located> appointer =
        passive ? agent(sa, tree, v) : mentionAt(sa, tree.child(v, "nsubj"), true);
    if (!passive && appointer.isEmpty() && tree.child(v, "nsubj") < 0) {
      appointer = Appointments.actorBefore(sa, v);
    }
    Optional<Entity> owner = owner(sa, tree, title, appointer);
    if (owner.filter(person.get().entity()::equals).isPresent()) {
      return Optional.empty();
    }
    boolean future = AppointmentWords.future(tokens, passive && aux >= 0 ? aux : v);
    RoleStatus status = future ? RoleStatus.ELECT : RoleStatus.CURRENT;
    int s = start.get();
    if (s > 0 && PositionFinder.statusWord(tokens.get(s - 1)).isPresent()) {
      status = PositionFinder.statusWord(tokens.get(s - 1)).get();
    }
    return Optional.of(new Appointment(sa, person.get(), role, s, status, owner, appointer));
  }

  /**
   * The head of the title: the verb's object predicate, the object of its "as", or the office after
   * "to the post of".
   */
  private static int titleHead(SentenceActors sa, DependencyTree tree, int v) {
    List<Token> tokens = sa.tokens();
    int oprd = tree.child(v, "oprd");
    if (oprd >= 0) {
      return oprd;
    }
    for (int p : tree.children(v)) {
      String w = tokens.get(p).text().toLowerCase(Locale.ROOT);
      if (!tree.label(p).equals("prep")) {
        continue;
      }
      int object = tree.child(p, "pobj");
      if (w.equals("as") && object >= 0) {
        return object;
      }
      if (w.equals("to") && object >= 0 && AppointmentWords.post(tokens.get(object))) {
        int of = tree.child(object, "prep");
        if (of >= 0 && tokens.get(of).text().equals("of") && tree.child(of, "pobj") >= 0) {
          return tree.child(of, "pobj");
        }
      }
    }
    int dobj = tree.child(v, "dobj");
    return dobj >= 0 && mentionAt(sa, dobj, false).isEmpty() ? dobj : -1;
  }

  /** The first token of a title that ends at {@code head} and starts at or after {@code from}. */
  private static Optional<Integer> roleStart(
      RoleLexicon roles, List<Token> tokens, int from, int head) {
    for (int s = from; s <= head; s++) {
      Optional<RoleLexicon.Role> r = AppointmentWords.roleAt(roles, tokens, s);
      if (r.isPresent() && s + r.get().length() - 1 == head) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The person the verb's object is. */
  private static Optional<Located> object(SentenceActors sa, DependencyTree tree, int v) {
    return mentionAt(sa, tree.child(v, "dobj"), false)
        .filter(l -> l.entity().type() == EntityType.PERSON);
  }

  /**
   * The passive's subject: its {@code nsubjpass}, the subject of its auxiliary ({@code Doe was on
   * Monday appointed}), or for "who" the noun its relative clause modifies.
   */
  private static Optional<Located> passiveSubject(
      SentenceActors sa, DependencyTree tree, int v, int aux) {
    int subject = tree.child(v, "nsubjpass");
    if (subject < 0 && aux >= 0) {
      subject = tree.child(aux, "nsubj");
    }
    if (subject >= 0 && tree.tag(subject).startsWith("W") && tree.label(v).equals("relcl")) {
      subject = tree.head(v);
    }
    return mentionAt(sa, subject, false).filter(l -> l.entity().type() == EntityType.PERSON);
  }

  /** {@code Peru named Jane Doe foreign minister}, parsed as one noun phrase: the person in it. */
  private static Optional<Located> personIn(SentenceActors sa, DependencyTree tree, int title) {
    for (int c : tree.children(title)) {
      Optional<Located> p =
          mentionAt(sa, c, false).filter(l -> l.entity().type() == EntityType.PERSON);
      if (p.isPresent() && sa.lastToken(p.get()) < title) {
        return p;
      }
    }
    return Optional.empty();
  }

  /** The passive's agent: the object of its {@code by}. */
  private static Optional<Located> agent(SentenceActors sa, DependencyTree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.label(c).equals("agent") || sa.tokens().get(c).text().equals("by")) {
        return mentionAt(sa, tree.child(c, "pobj"), true);
      }
    }
    return Optional.empty();
  }

  /** The title's own owner: its possessive ({@code C's}, {@code its}) or {@code of C}. */
  private static Optional<Entity> owner(
      SentenceActors sa, DependencyTree tree, int title, Optional<Located> appointer) {
    int poss = tree.child(title, "poss");
    if (poss >= 0) {
      String w = sa.tokens().get(poss).text().toLowerCase(Locale.ROOT);
      if (w.matches("its|their")) {
        return appointer.map(Located::entity);
      }
      return mentionAt(sa, poss, true).filter(ParsedAppointments::owns).map(Located::entity);
    }
    for (int p : tree.children(title)) {
      if (tree.label(p).equals("prep") && sa.tokens().get(p).text().equals("of")) {
        return mentionAt(sa, tree.child(p, "pobj"), true)
            .filter(ParsedAppointments::owns)
            .map(o -> TitleContexts.possessed(sa, o).entity());
      }
    }
    return Optional.empty();
  }

  private static boolean owns(Located l) {
    return l.entity().type() == EntityType.COUNTRY || l.entity().type() == EntityType.ORGANISATION;
  }

  /** The mention (an actor, with {@code actor}) whose tokens hold {@code token}. */
  private static Optional<Located> mentionAt(SentenceActors sa, int token, boolean actor) {
    if (token < 0) {
      return Optional.empty();
    }
    return sa.mentions().stream()
        .filter(l -> sa.firstToken(l) <= token && token <= sa.lastToken(l))
        .filter(l -> !actor || SentenceActors.isActor(l))
        .findFirst();
  }

  /** The first token of the subtree under {@code head}. */
  private static int leftmost(DependencyTree tree, int head) {
    int left = head;
    for (int i = 0; i < head; i++) {
      if (tree.dominates(head, i)) {
        return i;
      }
    }
    return left;
  }
}
