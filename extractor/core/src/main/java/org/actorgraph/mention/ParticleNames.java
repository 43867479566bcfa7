package org.actorgraph.mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.lexicon.GivenNames;
import org.actorgraph.text.TokenSpan;

/**
 * Whether a name reads as a person's because of a lower-case particle before its last word ({@code
 * person_particles.txt}): "Jan de Vries", "Pieter van der Berg", "Khalid bin Omar". The statistical
 * name finder often takes such a name for an organisation's, whose names hold lower-case words too
 * ("Bank of Aster").
 *
 * <p>Design decision: the name must be one or two given-name-shaped words, one to three particles
 * and one surname, with no word the gazetteer knows and no word that heads organisation or place
 * names ("Casa de la Musica Group"); and something must say that a person bears it, since
 * organisations of other languages are written the same way ("Banco do Brasil"): an English given
 * name first ({@link GivenNames}), a title right before it ("UN envoy Jan de Vries") or a weak
 * person cue of {@link TypeCues} around it ("Jan de Vries, who"). A longer name, or one that starts
 * with the particle, is left as found; {@link RuleMentionFinder} takes a surname with its particle
 * after a title ("Special Envoy de Vries").
 */
final class ParticleNames {

  private static final Set<String> PARTICLES = Set.copyOf(WordList.read("person_particles.txt"));
  private static final Set<String> PLACE_HEADS = PatternMentionFinder.headWords();
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");
  private static final int MAX_PARTICLES = 3;

  private final Gazetteer gazetteer;

  ParticleNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether a lower-case word is a particle of people's names ("de", "van", "bin"). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /**
   * Whether the words of {@code span} are given names, particles and a surname, and a given name, a
   * title or a cue says a person bears it.
   */
  boolean reads(List<Token> tokens, TokenSpan span) {
    List<String> words = Token.texts(tokens);
    return shaped(words, span) && personCued(tokens, span);
  }

  private boolean personCued(List<Token> tokens, TokenSpan span) {
    int start = span.start();
    return GivenNames.isGivenName(tokens.get(start).text())
        || start > 0 && gazetteer.title(tokens.get(start - 1).text()).isPresent()
        || TypeCues.around(tokens, start, span.end(), "").stream()
            .anyMatch(v -> v.type() == EntityType.PERSON);
  }

  private boolean shaped(List<String> words, TokenSpan span) {
    int k = span.start();
    int end = span.end();
    while (k < end && k - span.start() < 2 && nameWord(words.get(k))) {
      k++;
    }
    if (k == span.start()) {
      return false;
    }
    int particles = 0;
    while (k < end && PARTICLES.contains(words.get(k))) {
      k++;
      particles++;
    }
    return particles > 0 && particles <= MAX_PARTICLES && k == end - 1 && nameWord(words.get(k));
  }

  private boolean nameWord(String w) {
    return NAME.matcher(w).matches()
        && gazetteer.candidates(w).isEmpty()
        && gazetteer.demonymCandidates(w).isEmpty()
        && gazetteer.title(w).isEmpty()
        && !gazetteer.isStopName(w)
        && !RuleMentionFinder.isOrganisationHead(w)
        && !PLACE_HEADS.contains(w);
  }
}
