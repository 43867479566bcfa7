package org.actorgraph.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.resolve.Entity;
import org.actorgraph.resolve.ResolvedArticle.Located;

/**
 * Memberships shown by taking part in a bloc's own gathering: once an article reports a meeting the
 * bloc holds ({@code the Union summit}, {@code the bloc's meeting}, {@code a summit of the Trio}),
 * the countries whose officials are listed as its participants ({@code Among the participants were
 * Freedonian President Jane Doe and Sylvania's Prime Minister John Roe}, {@code Also attending were
 * ...}) are members of the bloc.
 *
 * <p>A country counts only when it is named with one of its officials (the adjective or possessive
 * before a titled person), not when it is merely mentioned in the sentence, and never in a sentence
 * that calls participants guests, observers or invitees. The word lists are data ({@code
 * meeting_nouns.txt}, {@code attendance_cues.txt}, {@code attendance_exclusions.txt}). One instance
 * reads one article, sentence by sentence, in order.
 */
final class BlocMeetings {

  private static final Set<String> MEETING_NOUNS = WordLists.set("meeting_nouns.txt");
  private static final List<List<String>> CUES = WordLists.phrases("attendance_cues.txt");
  private static final Set<String> EXCLUSIONS = WordLists.set("attendance_exclusions.txt");
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "and", "or", "(", ")", "–");
  private static final int MAX_TITLE = 6;
  private static final double CONFIDENCE = 0.6;

  private Optional<Entity> meetingBloc = Optional.empty();

  /**
   * The memberships one sentence shows, updating which bloc's gathering the article is about.
   *
   * @param recentBloc the bloc the article named last before this sentence, for "the bloc's
   *     meeting"
   */
  List<Fact> find(SentenceActors sa, Optional<Entity> recentBloc) {
    TokenView v = new TokenView(sa);
    Optional<Entity> bloc = recentBloc;
    for (int i = 0; i < v.size(); i++) {
      Located m = v.startsAt[i];
      if (m != null && MemberLists.isBloc(m.entity())) {
        bloc = Optional.of(m.entity());
      }
      if (MEETING_NOUNS.contains(v.low[i])) {
        Optional<Entity> owner = owner(v, i, bloc);
        if (owner.isPresent()) {
          meetingBloc = owner;
        }
      }
    }
    if (meetingBloc.isEmpty() || !hasCue(v) || hasExclusion(v)) {
      return List.of();
    }
    Entity org = meetingBloc.get();
    List<Fact> out = new ArrayList<>();
    List<Located> ms = sa.mentions();
    for (int k = 0; k + 1 < ms.size(); k++) {
      Entity country = ms.get(k).entity();
      Located next = ms.get(k + 1);
      if (country.type() == EntityType.COUNTRY
          && next.entity().type() == EntityType.PERSON
          && titleBetween(v, sa.lastToken(ms.get(k)) + 1, sa.firstToken(next))
          && out.stream().noneMatch(f -> ((Fact.Membership) f).member().equals(country))) {
        out.add(new Fact.Membership(country, org, CONFIDENCE, List.of(sa.evidence())));
      }
    }
    return out;
  }

  /**
   * The bloc that holds the gathering named at {@code i}: a bloc named just before it ("the Union
   * summit", "the Union's meeting"), a bloc noun standing for the last bloc ("the bloc's meeting",
   * "the regional group's summit"), or a bloc after "of" ("a summit of the Union").
   */
  private static Optional<Entity> owner(TokenView v, int i, Optional<Entity> bloc) {
    int before = i - 1;
    if (before >= 0 && (v.low[before].equals("'s") || v.low[before].equals("’s"))) {
      before--;
    }
    if (before >= 0) {
      Located m = v.endsAt[before];
      if (m != null) {
        return MemberLists.isBloc(m.entity()) ? Optional.of(m.entity()) : Optional.empty();
      }
      if (MemberLists.isBlocWord(v.low[before])) {
        return bloc;
      }
    }
    int after = i + 1;
    if (after < v.size() && v.low[after].equals("of")) {
      int k = after + 1;
      if (k < v.size() && v.low[k].equals("the")) {
        k++;
      }
      if (k < v.size() && v.startsAt[k] != null && MemberLists.isBloc(v.startsAt[k].entity())) {
        return Optional.of(v.startsAt[k].entity());
      }
      if (k < v.size() && MemberLists.isBlocWord(v.low[k])) {
        return bloc;
      }
    }
    return Optional.empty();
  }

  private static boolean hasCue(TokenView v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.match(i, CUES) > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasExclusion(TokenView v) {
    for (String w : v.low) {
      if (EXCLUSIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens between a country and a person are a title that the country opens ("'s Prime
   * Minister", "Foreign Minister"): a few words, no list separator, no lower-case verb (a
   * capitalised title word tagged as a verb is still a title word).
   */
  private static boolean titleBetween(TokenView v, int from, int to) {
    if (to <= from || to - from > MAX_TITLE) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token t = v.tokens.get(i);
      boolean lowerVerb = t.pos().equals("VERB") && Character.isLowerCase(t.text().charAt(0));
      if (BREAKS.contains(v.low[i]) || lowerVerb) {
        return false;
      }
    }
    return true;
  }
}
