package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;

/**
 * Joins an organisation named after a titled person and a pair of fields ("the King Aster
 * Humanitarian Aid and Relief Centre") that the finders split in two: a person the title rule read
 * after the title ("Aster Humanitarian Aid", king of the country before it) and an organisation
 * after "and" ("Relief Centre"). Such a person, of three words or more and known to no gazetteer,
 * right before "and" and an unknown organisation whose head names things named after people ({@code
 * named_after_heads.txt}: "Centre", "Fund", "Hospital"), is the opening of the organisation's name,
 * title included.
 *
 * <p>Design decision: three words at least after the title, since a titled person's name of two
 * words before "and" and a body is the common reading ("President Jane Roe and Aster Holdings"),
 * and a company's head ("Holdings") names no memorial; a known person or body is never joined.
 */
final class TitledBodyNames {

  private static final int MIN_PERSON_WORDS = 3;

  /** Heads of the names of things named after a person: "Centre", "Fund", "Hospital". */
  private static final Set<String> NAMED_AFTER_HEADS =
      Set.copyOf(WordList.read("named_after_heads.txt"));

  private TitledBodyNames() {}

  /** The mentions with each such person and organisation replaced by the one organisation. */
  static List<Mention> join(AnnotatedArticle article, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention body : mentions) {
      Optional<NamePlace> place = NamePlace.of(article, body);
      if (place.isEmpty()
          || !body.key().isEmpty()
          || place.get().first() < 3
          || !NAMED_AFTER_HEADS.contains(place.get().tokens().get(place.get().last()).text())) {
        continue;
      }
      List<Token> tokens = place.get().tokens();
      int and = place.get().first() - 1;
      if (!tokens.get(and).text().equals("and")) {
        continue;
      }
      CharSpan before = tokens.get(and - 1).span();
      for (Mention person : mentions) {
        if (person.type() == EntityType.PERSON
            && person.finder().equals("rule:title")
            && person.key().isEmpty()
            && person.span().end() == before.end()
            && person.text().split("\\s+").length >= MIN_PERSON_WORDS
            && out.contains(person)
            && out.contains(body)) {
          int first = place.get().sentence().tokenAt(person.span().start());
          if (first == 0 || !capitalised(tokens.get(first - 1))) {
            continue;
          }
          CharSpan span = new CharSpan(tokens.get(first - 1).span().start(), body.span().end());
          out.remove(person);
          out.set(out.indexOf(body), NamePlace.extended(article, body, span, "rule:head"));
        }
      }
    }
    return out;
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().codePointAt(0));
  }
}
