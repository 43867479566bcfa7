package org.actorgraph.extract;

import java.util.Set;
import java.util.TreeSet;
import org.actorgraph.ingest.Article;
import org.actorgraph.resolve.Entity;

/**
 * The standard extractor without the dependency parser, made once for the tests that run a whole
 * article through it.
 */
final class WholeExtractor {

  static final Extractor NO_PARSE = Extractor.standard(ExtractorConfig.defaults().withParse(false));

  private WholeExtractor() {}

  /** What the extractor finds in {@code body}, as an article of id "t". */
  static Extraction extract(String body) {
    return NO_PARSE.extract(Article.of("t", body));
  }

  /** Each entity found in {@code body} as "Type:label". */
  static Set<String> entities(String body) {
    Set<String> out = new TreeSet<>();
    for (Entity e : extract(body).resolved().entities()) {
      out.add(e.type().label() + ":" + e.label());
    }
    return out;
  }
}
