package org.actorgraph.mention;

import java.util.List;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.Gazetteer;

/**
 * The mentions that the given-name and kind finders find together in an invented article, each as
 * "Type:text:finder": the fixture of the tests of what the composite finder adds after them ({@link
 * RepeatedNames}, {@link Initialisms}).
 */
final class NamedAndKinded {

  private NamedAndKinded() {}

  static List<String> found(String body) {
    Gazetteer gazetteer = Gazetteer.standard();
    GivenNameFinder people = new GivenNameFinder(gazetteer);
    MentionFinder finder =
        new CompositeMentionFinder(List.of(people, new KindNameFinder(gazetteer, people)));
    return finder.find(OpenNlpAnnotator.forThisThread().annotate(Article.of("t", body))).stream()
        .map(m -> m.type().label() + ":" + m.text() + ":" + m.finder())
        .toList();
  }
}
