package org.actorgraph.relate;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.relate.Fact.RoleStatus;
import org.actorgraph.relate.PositionFinder.Titled;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Reads a title written before a person's name and the actor it belongs to: {@code Mexican
 * President Claudia Sheinbaum}, {@code Ecuador's President Daniel Noboa}, {@code President of
 * Freedonia X}, {@code Y's President, X,}, and two titles joined by "and" that share the owner
 * written before the first. A title whose owner the phrase does not name is given without one, for
 * {@link UnownedTitles} to look for.
 */
final class TitlesBefore {

  private final RoleLexicon roles;

  TitlesBefore(RoleLexicon roles) {
    this.roles = roles;
  }

  /**
   * {@code [status] [actor] ['s] [status] [adjective…] TITLE PERSON}; the title without an owner
   * when nothing that could name one stands before it, or only "the country's" ({@link
   * UnownedTitles} then looks for the country).
   */
  Optional<Titled> find(SentenceActors sa, int k, Optional<Entity> bloc) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int p = sa.firstToken(person);
    Optional<Titled> ofOwner = titleOfOwner(sa, k);
    if (ofOwner.isPresent()) {
      return ofOwner;
    }
    int q = beforeRank(tokens, TitleEnds.beforeAbbreviations(tokens, p));
    boolean comma = q > 0 && tokens.get(q - 1).text().equals(",");
    int end =
        TitleEnds.beforeElect(
            tokens, TitleEnds.beforePosting(sa, comma ? q - 1 : outerTitleEnd(tokens, p)));
    int remit = TitleEnds.remitStart(tokens, end);
    if (remit >= 0 && !comma && roles.titleEndingAt(tokens, end) > remit) {
      remit = -1; // "a spokesman for Freedonian President X": the title after "for" is X's
    }
    for (int start = Math.max(0, (remit < 0 ? end : remit) - 5); start < end; start++) {
      Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
      boolean filled = role.isEmpty() && bodyEndsAt(sa, start - 1);
      if (filled) {
        role = AppointmentWords.roleAt(roles, tokens, start); // "the Freedonian parliament speaker"
      }
      if (role.isPresent() && remit >= 0 && start + role.get().length() == remit) {
        role = Optional.of(TitleEnds.withRemitWords(tokens, role.get(), remit, end));
      }
      if (role.isEmpty() || start + role.get().length() != end || withinName(sa, start)) {
        continue;
      }
      int first = leadingTitleStart(tokens, start);
      if (first < start) {
        role =
            Optional.of(
                TitleWords.joined(
                    tokens, roles.roleAt(tokens, first).get(), first, start, role.get()));
      }
      int before = chainedTitleStart(tokens, first) - 1;
      RoleStatus status = RoleStatus.CURRENT;
      if (before >= 1 && tokens.get(before).text().equals("-")) {
        before--; // "ex-president": the status word joined by a hyphen
      }
      if (before >= 0 && PositionFinder.statusWord(tokens.get(before)).isPresent()) {
        status = PositionFinder.statusWord(tokens.get(before)).get();
        before--;
      } else if (before + 1 < first && tokens.get(before + 1).text().equals("-")) {
        before++;
      }
      int bare = before;
      for (int adjectives = 0;
          adjectives < 2
              && !filled
              && before >= 0
              && (TitleWords.isModifier(tokens.get(before))
                  || TitleWords.tenure(tokens.get(before))
                  || ownedParticiple(tokens, before));
          adjectives++) {
        before--;
      }
      boolean possessive = TitleWords.possessiveAt(tokens, before);
      if (possessive) {
        before--;
      }
      Optional<Located> org = TitleOwners.endingAt(sa, before, k);
      if (org.isEmpty() && !possessive && bare > before) {
        org = TitleOwners.knownBodyOver(sa, before, bare, k);
      }
      if (org.isEmpty() && possessive) {
        org = TitleOwners.governmentEndingAt(sa, before, k);
      }
      if (org.isPresent() && !possessive && TitleOwners.located(sa, org.get())) {
        org = Optional.empty();
      }
      if (org.isPresent() && !possessive) {
        org = Optional.of(TitleOwners.remitOwner(sa, org.get(), k).orElse(org.get()));
      }
      if (org.isPresent() && TitleWords.POSTING.contains(role.get().name())) {
        Optional<Located> sender = TitleOwners.sender(sa, org.get());
        if (sender.isPresent()) {
          // "Freedonia's former deputy UN envoy": the words before the body are the title's
          for (int j = sa.lastToken(sender.get()) + 2; j < sa.firstToken(org.get()); j++) {
            status = PositionFinder.statusWord(tokens.get(j)).orElse(status);
            if (TitleOwners.DEPUTIES.contains(TitleWords.lower(tokens, j))) {
              RoleLexicon.Role r = role.get();
              role =
                  Optional.of(
                      new RoleLexicon.Role(
                          TitleWords.lower(tokens, j) + " " + r.name(), r.length(), r.head()));
            }
          }
          org = sender;
        }
      }
      if (org.isEmpty() && PositionFinder.isLocal(role.get())) {
        org = TitleOwners.placeEndingAt(sa, before, k);
      }
      if (org.isEmpty()
          && possessive
          && bloc.isPresent()
          && TitleContexts.blocNounEndingAt(tokens, before)) {
        return comma && !TitleContexts.closedApposition(sa, person)
            ? Optional.empty()
            : Optional.of(new Titled(person, role.get(), status, first, bloc));
      }
      if (org.isPresent()) {
        int ahead = sa.firstToken(org.get()) - 1;
        if (ahead >= 0 && PositionFinder.statusWord(tokens.get(ahead)).isPresent()) {
          status = PositionFinder.statusWord(tokens.get(ahead)).get();
        }
        if (comma && !TitleContexts.closedApposition(sa, person)) {
          return Optional.empty();
        }
        return Optional.of(
            new Titled(person, role.get(), status, first, Optional.of(org.get().entity())));
      }
      if (bare >= 0 && tokens.get(bare).text().equals("its")) {
        Optional<Entity> its = TitleOwners.actorBefore(sa, bare).map(Located::entity);
        if (its.isPresent() && (!comma || TitleContexts.closedApposition(sa, person))) {
          return Optional.of(new Titled(person, role.get(), status, first, its));
        }
      }
      if (bare == 0
          && tokens.get(0).text().equals("Its")
          && (!comma || TitleContexts.closedApposition(sa, person))) {
        // "Its chief executive, X, said": whose the sentence before says (UnownedTitles)
        return Optional.of(new Titled(person, role.get(), status, first, Optional.empty()));
      }
      boolean generic =
          possessive && before >= 0 && tokens.get(before).text().matches("(?i)country|nation");
      // "Outgoing President X", "said caretaker Prime Minister X": past words of tenure
      int word = bare >= 0 && TitleWords.tenure(tokens.get(bare)) ? before : bare;
      boolean unowned = word < 0 || !TitleWords.couldNameOwner(tokens.get(word));
      boolean article = bare >= 0 && tokens.get(bare).pos().equals("DET");
      if (generic
          || (unowned && !comma)
          || ((unowned || article) && comma && bareApposition(sa, person))) {
        Optional<Entity> after =
            TitleContexts.ownerAfter(sa, person, PositionFinder.isLocal(role.get()));
        return Optional.of(new Titled(person, role.get(), status, first, after));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code Freedonia's chief nuclear negotiator Jane Doe}: where a title that ends one or two
   * lower-case modifiers before the title at {@code start} begins ({@link TitleWords#joined});
   * {@code start} when none does.
   */
  private int leadingTitleStart(List<Token> tokens, int start) {
    int m = start - 1;
    while (m >= 0
        && start - m <= 2
        && TitleWords.isModifier(tokens.get(m))
        && roles.roleAt(tokens, m).isEmpty()) {
      m--;
    }
    if (m == start - 1) {
      return start;
    }
    int s = roles.titleEndingAt(tokens, m + 1);
    return s >= 0 && !TitleWords.tenure(tokens.get(m + 1)) ? s : start;
  }

  /**
   * {@code President of Freedonia Jane Doe}, {@code the minister of foreign affairs of Freedonia,
   * Jane Doe,}: a title, "of", an actor, then the person; or a place, for a local title ({@code the
   * mayor of Port Aster, Jane Doe,}). A body's office may be written in lower case ({@code the
   * speaker of Freedonia's parliament, Jane Doe,}), and a country's possessive may stand before the
   * body.
   */
  private Optional<Titled> titleOfOwner(SentenceActors sa, int k) {
    Located person = sa.mentions().get(k);
    List<Token> tokens = sa.tokens();
    int p =
        apposedRankStart(
            tokens,
            beforeHonorifics(tokens, TitleEnds.beforeAbbreviations(tokens, sa.firstToken(person))));
    if (p > 0 && tokens.get(p - 1).text().equals(",")) {
      if (!TitleContexts.closedApposition(sa, person)) {
        return Optional.empty();
      }
      p--;
    }
    int ownerEnd = p - 1;
    Optional<Located> owner =
        TitleOwners.endingAt(sa, ownerEnd, k).or(() -> TitleOwners.placeEndingAt(sa, ownerEnd, k));
    if (owner.isEmpty()) {
      return tokens.get(p).text().equals(",") ? titleInGovernment(sa, k, p) : Optional.empty();
    }
    boolean place = owner.get().entity().type() == EntityType.PLACE;
    int of = sa.firstToken(owner.get()) - 1;
    if (of >= 0 && tokens.get(of).text().equalsIgnoreCase("the")) {
      of--;
    }
    if (TitleWords.possessiveAt(tokens, of)) {
      of = possessorStart(sa, of - 1, k) - 1; // "the head of Freedonia's central bank, Jane Doe,"
    }
    if (of < 1 || !tokens.get(of).text().equals("of")) {
      return Optional.empty();
    }
    boolean body = owner.get().entity().type() == EntityType.ORGANISATION;
    for (int start = Math.max(0, of - 5); start < of; start++) {
      Optional<RoleLexicon.Role> role =
          body ? AppointmentWords.roleAt(roles, tokens, start) : roles.roleAt(tokens, start);
      if (role.isPresent()
          && start + role.get().length() == of
          && (!place || PositionFinder.isLocal(role.get()))) {
        RoleStatus status =
            start > 0
                ? PositionFinder.statusWord(tokens.get(start - 1)).orElse(RoleStatus.CURRENT)
                : RoleStatus.CURRENT;
        return Optional.of(
            new Titled(person, role.get(), status, start, Optional.of(owner.get().entity())));
      }
    }
    return Optional.empty();
  }

  /**
   * The first token of the country or organisation whose name ends at token {@code end}, before a
   * possessive that owns a body ({@code of Freedonia's parliament}); -1 when none ends there.
   */
  private static int possessorStart(SentenceActors sa, int end, int k) {
    return TitleOwners.endingAt(sa, end, k).map(sa::firstToken).orElse(-1);
  }

  /**
   * {@code a minister in the Freedonian government, Jane Doe,}: a title (not a posting abroad), a
   * preposition and a country's government ({@link TitleOwners#government}) ending at the comma
   * {@code comma} before the person.
   */
  private Optional<Titled> titleInGovernment(SentenceActors sa, int k, int comma) {
    List<Token> tokens = sa.tokens();
    for (int in = comma - 2; in >= Math.max(1, comma - 7); in--) {
      Optional<TitleOwners.Government> government = TitleOwners.government(sa, in);
      if (government.isEmpty() || government.get().end() != comma) {
        continue;
      }
      for (int start = Math.max(0, in - 5); start < in; start++) {
        Optional<RoleLexicon.Role> role = roles.roleAt(tokens, start);
        if (role.isPresent()
            && start + role.get().length() == in
            && !TitleWords.POSTING.contains(role.get().name())) {
          RoleStatus status =
              start > 0
                  ? PositionFinder.statusWord(tokens.get(start - 1)).orElse(RoleStatus.CURRENT)
                  : RoleStatus.CURRENT;
          return Optional.of(
              new Titled(
                  sa.mentions().get(k),
                  role.get(),
                  status,
                  start,
                  Optional.of(government.get().country().entity())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code Freedonia's deputy prime minister and foreign minister Jane Doe}: where a title joined
   * by "and" to the title at {@code start} begins, the two sharing the owner written before the
   * first; {@code start} when no title ends right before "and". Not for a posting abroad
   * ("Sylvania's envoy and foreign minister Jane Doe" are two people): an envoy holds no second
   * office at home.
   */
  int chainedTitleStart(List<Token> tokens, int start) {
    int and = start - 1;
    if (and < 1 || !tokens.get(and).text().equals("and") || posting(tokens, start)) {
      return start;
    }
    for (int s = Math.max(0, and - 5); s < and; s++) {
      Optional<RoleLexicon.Role> r = roles.roleAt(tokens, s);
      if (r.isPresent() && s + r.get().length() == and && !posting(tokens, s)) {
        return s;
      }
    }
    return start;
  }

  /** Whether the title at {@code at} is a posting abroad ({@code posting_roles.txt}). */
  private boolean posting(List<Token> tokens, int at) {
    return roles.roleAt(tokens, at).filter(r -> TitleWords.POSTING.contains(r.name())).isPresent();
  }

  /**
   * {@code junta leader Senior Gen. X}, {@code Foreign Minister Dr. X}, {@code Emir Sheikh X}:
   * where the office ends when a rank or honorific (capitalised words, with a title, an honorific
   * or a full stop among them) stands between it and the name; {@code p} when none does.
   */
  private int outerTitleEnd(List<Token> tokens, int p) {
    boolean inner = false;
    int outer = p;
    for (int j = p - 1; j >= Math.max(1, p - 4); j--) {
      Token t = tokens.get(j);
      if (!t.isCapitalised() && !t.text().equals(".")) {
        break;
      }
      inner |=
          t.text().endsWith(".")
              || roles.roleAt(tokens, j).isPresent()
              || roles.honorificAt(tokens, j);
      if (!inner || !t.isCapitalised()) {
        continue;
      }
      for (int s = Math.max(0, j - 4); s < j; s++) {
        Optional<RoleLexicon.Role> r = roles.roleAt(tokens, s);
        if (r.isPresent() && s + r.get().length() == j) {
          outer = j;
        }
      }
    }
    return outer;
  }

  /**
   * Whether an organisation's name ends at token {@code i}, before which an office the body fills
   * from its members may be written in lower case ({@code the Freedonian parliament speaker X}).
   */
  private static boolean bodyEndsAt(SentenceActors sa, int i) {
    return i >= 0
        && sa.mentions().stream()
            .anyMatch(m -> sa.lastToken(m) == i && m.entity().type() == EntityType.ORGANISATION);
  }

  /**
   * Whether token {@code i} continues an actor's name that starts before it: "Brigade" of "the 2nd
   * Brigade commander" opens no role "brigade commander", since the name owns it.
   */
  private static boolean withinName(SentenceActors sa, int i) {
    return sa.mentions().stream().anyMatch(m -> sa.firstToken(m) < i && sa.lastToken(m) >= i);
  }

  /**
   * {@code the defence minister, Jane Doe, said}: a name set off by commas (or ending the sentence)
   * after a bare title is its holder; not when a verb follows the name ({@code … met the defence
   * minister, Jane Doe said}), where the name may start a clause of its own.
   */
  private static boolean bareApposition(SentenceActors sa, Located person) {
    int after = sa.lastToken(person) + 1;
    return after >= sa.tokens().size() || sa.tokens().get(after).text().matches("[,.;:)]");
  }

  /**
   * {@code the Foreign Minister of Freedonia, Prince Jane Doe}: where a capitalised rank or title
   * of up to three words starts that stands between a comma and the name at {@code p}; {@code p}
   * when none does.
   */
  private int apposedRankStart(List<Token> tokens, int p) {
    for (int n = 1; n <= 3 && p - n >= 1; n++) {
      Optional<RoleLexicon.Role> rank = roles.roleAt(tokens, p - n);
      if (rank.isPresent()
          && rank.get().length() == n
          && tokens.get(p - n - 1).text().equals(",")
          && tokens.subList(p - n, p).stream()
              .allMatch(t -> Character.isUpperCase(t.text().codePointAt(0)))) {
        return p - n;
      }
    }
    return p;
  }

  /**
   * Where the honorifics right before token {@code p} start ("Sheikh", "Sir"); {@code p} if none.
   */
  private int beforeHonorifics(List<Token> tokens, int p) {
    int h = p;
    while (h > 1 && roles.honorificAt(tokens, h - 1)) {
      h--;
    }
    return h;
  }

  /**
   * {@code Freedonia's army chief, General Jane Roe}: where a capitalised rank or title of up to
   * three words starts that stands between the comma after another title and the name, so that the
   * title before the comma is read; so may honorifics ({@code Qatar's emir, Sheikh X}); {@code q}
   * when none does (also in a list, {@code Defence Minister Jane Doe, Foreign Minister John Roe},
   * where no title ends at the comma).
   */
  private int beforeRank(List<Token> tokens, int q) {
    int h = beforeHonorifics(tokens, q);
    if (h < q && tokens.get(h - 1).text().equals(",") && roles.titleEndingAt(tokens, h - 1) >= 0) {
      return h; // "Qatar's emir, Sheikh Tamim": an honorific is no office
    }
    int r = apposedRankStart(tokens, q);
    return r < q && roles.titleEndingAt(tokens, r - 1) >= 0 ? r : q;
  }

  /**
   * {@code the PKK's jailed leader}, {@code Hamas's exiled leader}: a lower-case past participle
   * right after an owner's possessive says what befell the holder, not which office is held.
   */
  private static boolean ownedParticiple(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.pos().equals("VERB")
        && !t.isCapitalised()
        && t.text().matches("\\p{L}+ed")
        && TitleWords.possessiveAt(tokens, i - 1);
  }
}
