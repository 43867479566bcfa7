package org.actorgraph.mention;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.ingest.StageFailures;

/**
 * Runs several finders, merges their proposals with {@link MentionMerger}, retypes as places the
 * names a place noun describes ({@link PlaceAppositions}), joins a titled person's name to the body
 * named after it ({@link TitledBodyNames}), extends organisation names over their complements
 * ({@link OrganisationComplements}), adds the further occurrences of the names found ({@link
 * RepeatedNames}) and the initials of the organisations found written alone ({@link Initialisms}),
 * and drops the places written inside an agreement's name ({@link AgreementNames}), the names of
 * prizes ({@link PrizeNames}), those of peoples and religious communities ({@link GroupNames}) and
 * those of storms ({@link StormNames}). Inside an extraction, a finder that fails costs only its
 * own mentions ({@link StageFailures}).
 */
public final class CompositeMentionFinder implements MentionFinder {

  private final List<MentionFinder> finders;

  public CompositeMentionFinder(List<MentionFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    List<Mention> all = new ArrayList<>();
    for (MentionFinder f : finders) {
      all.addAll(
          StageFailures.guard(
              f.getClass().getSimpleName(),
              article.article().origin(),
              () -> f.find(article),
              List.of()));
    }
    List<Mention> merged =
        MissionNames.extend(
            article,
            OrganisationComplements.extend(
                article,
                TitledBodyNames.join(
                    article, PlaceAppositions.retype(article, MentionMerger.merge(all)))));
    List<Mention> repeated = new ArrayList<>(RepeatedNames.find(article, merged));
    repeated.addAll(Initialisms.find(article, merged));
    if (!repeated.isEmpty()) {
      merged = new ArrayList<>(merged);
      merged.addAll(repeated);
      merged = MentionMerger.merge(merged);
    }
    List<Mention> named = AgreementNames.withoutInnerNames(article, merged);
    return StormNames.without(
        article, GroupNames.without(article, PrizeNames.without(article, named)));
  }
}
