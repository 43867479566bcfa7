package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;
import org.actorgraph.text.WordFiles;

/**
 * Organisation names that run on past their head noun with "on", "for" or "of" and a complement in
 * capitals: {@code the National Commission on Human Rights}, {@code the Institute for Strategic
 * Studies}, or with "to" and a purpose, a capitalised verb and its object: {@code the Global
 * Coalition to Counter Aster}, {@code the Committee to Protect Journalists}. The finders often stop
 * at the head and take the complement for a name of its own ("Human Rights" as a person); the
 * organisation's span is extended over it, and mentions inside the complement are dropped. A
 * country named in the complement ends it ({@code the Institute for Freedonia Studies} stays the
 * Institute; government bodies named "of" a country, such as {@code the Central Bank of Freedonia},
 * are whole names of the gazetteer's government-body patterns). The heads are data ({@code
 * complement_heads.txt}).
 *
 * <p>A person's name may follow the complement when a title ends in it ("Envoy for the Global
 * Coalition to Counter Aster Jane Roe"): a known given name before a capitalised word ends the
 * complement, and a mention the finders ran from inside the complement over the person's name is
 * cut to that name, a person.
 */
final class OrganisationComplements {

  private static final Set<String> HEADS = Set.copyOf(WordList.read("complement_heads.txt"));
  private static final Set<String> LINKS = Set.of("on", "for", "of");
  private static final Set<String> INSIDE = Set.of("and", "the", "of", "for", "on", "&");

  /**
   * The verbs of the CAMEO verb lexicon (PETRARCH2's verb patterns, {@code
   * relate/cameo-verbs.tsv}): the verbs of conflict and cooperation that name an organisation's
   * purpose ("to Counter", "to Protect", "to End").
   */
  private static final Set<String> PURPOSE_VERBS =
      WordFiles.read("/org/actorgraph/relate/cameo-verbs.tsv").stream()
          .filter(line -> line.startsWith("verb\t"))
          .map(line -> line.split("\t")[1])
          .collect(Collectors.toUnmodifiableSet());

  private OrganisationComplements() {}

  /** {@code mentions} with organisation names extended over their complements. */
  static List<Mention> extend(AnnotatedArticle article, List<Mention> found) {
    List<Mention> mentions = new ArrayList<>(found);
    List<Mention> bare = bareHeads(article, found);
    mentions.addAll(bare);
    mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      Optional<NamePlace> place = NamePlace.of(article, m);
      if (place.isEmpty() || !out.contains(m)) {
        continue;
      }
      Sentence s = place.get().sentence();
      int first = place.get().first();
      int last = place.get().last();
      int end = complementEnd(s.tokens(), first, last, mentions);
      if (end <= last + 1) {
        continue;
      }
      CharSpan span = s.charSpan(new TokenSpan(first, end));
      out.removeIf(o -> o != m && span.contains(o.span()));
      cutStraddlers(article, s, span, out);
      out.set(out.indexOf(m), NamePlace.extended(article, m, span, "rule:complement"));
    }
    out.removeAll(bare); // a head whose complement is a country alone names nothing
    return out;
  }

  /**
   * Replaces each mention that starts inside the extended name {@code span} and runs past it by its
   * part after the name when that part starts with a known given name (a person whose title ends in
   * the name: "Envoy for the Coalition to Counter Aster Jane Roe"), and drops it otherwise.
   */
  private static void cutStraddlers(
      AnnotatedArticle article, Sentence s, CharSpan span, List<Mention> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Mention o = out.get(i);
      CharSpan at = o.span();
      if (at.start() <= span.start() || at.start() >= span.end() || at.end() <= span.end()) {
        continue;
      }
      int from = s.tokenAt(span.end());
      int to = s.tokenAt(at.end());
      if (from < to && startsPerson(s.tokens(), from)) {
        CharSpan rest = s.charSpan(new TokenSpan(from, to));
        out.set(
            i,
            Mention.unkeyed(
                rest, article.body(), EntityType.PERSON, o.sentence(), o.finder(), o.confidence()));
      } else {
        out.remove(i);
      }
    }
  }

  /**
   * {@code the Nairobi-based Institute for Security Studies}: a capitalised head after "the" (and
   * capitalised words or a hyphenated modifier), with its link and a capitalised complement, that
   * no finder read, names an organisation (its span the head alone, which {@link #extend} then
   * carries over the complement); the words the finders read there inside the complement go. A head
   * that keeps no complement ("the Geneva Conference on Freedonia", where the country ends the
   * complement at once) names nothing and goes.
   */
  private static List<Mention> bareHeads(AnnotatedArticle article, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i + 2 < tokens.size(); i++) {
        Token head = tokens.get(i);
        if (!isCapitalised(head)
            || !HEADS.contains(lower(head))
            || !links(tokens, i + 1)
            || !isCapitalised(tokens.get(i + 2))
            || CalendarNames.DAYS_AND_MONTHS.contains(tokens.get(i + 2).text())
            || !afterThe(tokens, i)) {
          continue;
        }
        CharSpan span = head.span();
        if (found.stream().anyMatch(m -> m.span().overlaps(span))) {
          continue;
        }
        out.add(
            Mention.unkeyed(
                span, article.body(), EntityType.ORGANISATION, s.index(), "rule:complement", 0.6));
      }
    }
    return out;
  }

  /**
   * Whether "the" opens the phrase the head at {@code i} ends, past capitalised words and
   * hyphenated modifiers ("the Nairobi - based Institute").
   */
  private static boolean afterThe(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
      String w = lower(tokens.get(k));
      if (w.equals("the")) {
        return true;
      }
      if (!isCapitalised(tokens.get(k)) && !w.equals("-") && !tokens.get(k).pos().equals("VERB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The token after the complement that follows the name from {@code first} to {@code last} (ending
   * in a head, or holding one with its link already); {@code last + 1} when none follows.
   */
  private static int complementEnd(
      List<Token> tokens, int first, int last, List<Mention> mentions) {
    if (last + 2 >= tokens.size()
        || !(HEADS.contains(lower(tokens.get(last))) || complemented(tokens, first, last))
        || !links(tokens, last + 1)) {
      return last + 1;
    }
    int end = last + 1;
    for (int k = last + 2; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (startsCountry(t, mentions)
          || CalendarNames.DAYS_AND_MONTHS.contains(t.text())
          || startsPerson(tokens, k)) {
        break; // "the Security Council on Friday": a day is no complement
      }
      if (lower(t).equals("and")
          && k + 1 < tokens.size()
          && lower(tokens.get(k + 1)).equals("the")) {
        break; // "the Movement for Change and the Coalition for Peace": two names
      }
      if (isCapitalised(t)) {
        end = k + 1;
      } else if (!INSIDE.contains(lower(t))) {
        break;
      }
    }
    return end;
  }

  /**
   * Whether the name from {@code first} to {@code last} already holds a head and its link ({@code
   * Office for the Coordination}), so that a further "of" continues the complement.
   */
  private static boolean complemented(List<Token> tokens, int first, int last) {
    for (int k = first; k < last; k++) {
      if (HEADS.contains(lower(tokens.get(k))) && LINKS.contains(tokens.get(k + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token at {@code i} links a head to a complement: "on", "for" or "of", or "to"
   * before a capitalised verb ("to Counter", not "to Velmora").
   */
  private static boolean links(List<Token> tokens, int i) {
    Token link = tokens.get(i);
    return LINKS.contains(link.text())
        || link.text().equals("to")
            && i + 1 < tokens.size()
            && isCapitalised(tokens.get(i + 1))
            && PURPOSE_VERBS.contains(lower(tokens.get(i + 1)))
            && !startsPerson(tokens, i + 1);
  }

  /** Whether a known given name before a capitalised word starts a person's name at {@code k}. */
  private static boolean startsPerson(List<Token> tokens, int k) {
    return k + 1 < tokens.size()
        && GivenNames.isGivenName(tokens.get(k).text())
        && isCapitalised(tokens.get(k + 1));
  }

  private static boolean startsCountry(Token t, List<Mention> mentions) {
    return mentions.stream()
        .anyMatch(m -> m.type() == EntityType.COUNTRY && m.span().start() == t.span().start());
  }

  private static boolean isCapitalised(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
