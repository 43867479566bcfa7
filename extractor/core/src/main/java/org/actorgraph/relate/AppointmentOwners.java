package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Appointments.Appointment;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Whose the offices that appointments give are, once every other position of the article is known
 * ({@link #resolve}); how the word-order and parse readings of one sentence are merged; and which
 * interactions an appointment within one side is not.
 */
final class AppointmentOwners {

  private AppointmentOwners() {}

  /**
   * The appointments of both readings of one sentence: the word-order reading's, and those of the
   * parse for a person and title it does not give, or to which it gives neither an owner nor an
   * appointer while the parse gives one.
   */
  static List<Appointment> merge(List<Appointment> words, List<Appointment> parsed) {
    List<Appointment> out = new ArrayList<>(words);
    for (Appointment p : parsed) {
      Optional<Appointment> same =
          out.stream()
              .filter(w -> w.person().entity().equals(p.person().entity()))
              .filter(w -> w.roleStart() == p.roleStart())
              .findFirst();
      if (same.isEmpty()) {
        out.add(p);
      } else if (same.get().owner().isEmpty()
          && same.get().appointer().isEmpty()
          && (p.owner().isPresent() || p.appointer().isPresent())) {
        out.set(out.indexOf(same.get()), p);
      }
    }
    return out;
  }

  /**
   * Whether {@code f} is an appointment within one government or body ({@code Freedonia's president
   * appointed Jane Doe as defence minister}): a verb of giving an office, whose person holds an
   * office in the other actor or in a country or body where the other holds one. Such an act is no
   * exchange between two sides (the dev sets' gold never has one as an interaction).
   */
  static boolean withinOneSide(Fact.Interaction f, Map<Entity, Set<Entity>> affiliations) {
    if (!AppointmentWords.appointingLemma(f.trigger())) {
      return false;
    }
    return appointee(f.target(), f.source(), affiliations)
        || appointee(f.source(), f.target(), affiliations);
  }

  private static boolean appointee(
      Entity person, Entity other, Map<Entity, Set<Entity>> affiliations) {
    if (person.type() != EntityType.PERSON) {
      return false;
    }
    Set<Entity> own = affiliations.getOrDefault(person, Set.of());
    return own.contains(other)
        || affiliations.getOrDefault(other, Set.of()).stream().anyMatch(own::contains);
  }

  /**
   * The positions the appointments give, once {@code facts} (every other position of the article)
   * are known; none for a holder who has the same office there already.
   *
   * @param home the country the article is about, the owner of last resort for offices of state
   * @param nearby for an article without one, the one country named in an appointment's sentence
   *     and the one before ({@link UnownedTitles#contextCountry}), that owner in its stead
   */
  static List<Fact> resolve(
      List<Appointment> appointments,
      List<Fact> facts,
      List<Entity> entities,
      Optional<Entity> home,
      Map<Appointment, Entity> nearby) {
    List<Fact> out = new ArrayList<>();
    for (Appointment a : appointments) {
      Entity person = a.person().entity();
      double confidence = 0.7;
      Optional<Entity> owner = a.owner();
      if (owner.isEmpty() && a.appointer().isPresent()) {
        owner = appointerOwner(a, facts, entities);
        confidence = 0.6;
      }
      if (owner.isEmpty() && UnownedTitles.stateRole(a.role().name()) && !placed(person, facts)) {
        owner = home.or(() -> Optional.ofNullable(nearby.get(a)));
        confidence = 0.5;
      }
      if (owner.isEmpty() || owner.get().equals(person)) {
        continue;
      }
      Fact f =
          PositionFinder.position(
              a.sentence(),
              person,
              owner.get(),
              a.role(),
              a.status(),
              a.sentence().tokens(),
              a.roleStart(),
              confidence);
      if (!held((Fact.Position) f, facts) && !held((Fact.Position) f, out)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The appointer's office: a country's own; a body's own for an office it fills from its members
   * or one no state fills (a legislature confirms others' offices: those are its country's), else
   * the country its name starts with; a person's country (else body).
   */
  private static Optional<Entity> appointerOwner(
      Appointment a, List<Fact> facts, List<Entity> entities) {
    Entity by = a.appointer().orElseThrow().entity();
    if (by.type() != EntityType.ORGANISATION) {
      return Equatives.ownerOf(by, facts);
    }
    if (AppointmentWords.bodyOffice(a.role().name())
        || !UnownedTitles.stateRole(a.role().name()) && !legislature(by)) {
      return Optional.of(by);
    }
    SentenceActors sa = a.sentence();
    int s = sa.firstToken(a.appointer().get()) - 1;
    if (s >= 1 && sa.tokens().get(s).text().matches("['’]s")) {
      Optional<Located> whose = sa.endingAt(s - 1, EntityType.COUNTRY);
      if (whose.isPresent()) {
        return Optional.of(whose.get().entity());
      }
    }
    for (String name : names(by)) {
      for (Entity c : entities) {
        if (c.type() == EntityType.COUNTRY && startsWithName(name, c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Freedonia's Senate}, {@code the National Assembly}: a body whose name ends with a word
   * for a legislature ({@link Ratifiers#LEGISLATURES}).
   */
  private static boolean legislature(Entity body) {
    String name = body.label().toLowerCase(Locale.ROOT);
    return Ratifiers.LEGISLATURES.contains(name.substring(name.lastIndexOf(' ') + 1));
  }

  /** {@code Freedonia's parliament}, {@code Freedonian parliament}: a body named by its country. */
  private static boolean startsWithName(String body, Entity country) {
    for (String n : names(country)) {
      if (body.startsWith(n + " ") || body.startsWith(n + "'") || body.startsWith(n + "’")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> names(Entity e) {
    List<String> out = new ArrayList<>();
    out.add(e.label().toLowerCase(Locale.ROOT));
    e.aliases().forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }

  /**
   * Whether {@code person} holds any office among {@code facts}, but a former one: an office left
   * ("who served as the Union's envoy") says nothing of where the new one is.
   */
  private static boolean placed(Entity person, List<Fact> facts) {
    return facts.stream()
        .anyMatch(
            f ->
                f instanceof Fact.Position p
                    && p.holder().equals(person)
                    && p.status() != Fact.RoleStatus.FORMER);
  }

  /** Whether the same holder has the same role (by name) among {@code facts}, wherever. */
  private static boolean held(Fact.Position p, List<Fact> facts) {
    return facts.stream()
        .anyMatch(
            f ->
                f instanceof Fact.Position q
                    && q.holder().equals(p.holder())
                    && q.role().equals(p.role()));
  }
}
