package org.actorgraph.jmh;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.OpenNlpAnnotator;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.Extractor;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.mention.Mention;
import org.actorgraph.resolve.ResolvedArticle;

/**
 * A corpus with every stage's output computed once: what a benchmark of one stage takes as input.
 * Articles are handed out in turn ({@link #next()}), so a benchmark runs on one thread.
 */
public class PreparedCorpus {

  Extractor extractor;
  List<Article> articles;
  List<AnnotatedArticle> annotated;
  List<List<Mention>> mentions;
  List<ResolvedArticle> resolved;
  List<Extraction> extractions;

  /** The sentences that name two or more actors: the ones the interaction finder may parse. */
  List<Sentence> withTwoActors;

  private int next;
  private int nextSentence;

  /** Runs every stage once over the articles of {@code corpus}. */
  void prepare(String corpus, boolean parse) {
    extractor = Extractor.standard(ExtractorConfig.defaults().withThreads(1).withParse(parse));
    articles = Corpus.named(corpus);
    annotated = new ArrayList<>();
    mentions = new ArrayList<>();
    resolved = new ArrayList<>();
    extractions = new ArrayList<>();
    withTwoActors = new ArrayList<>();
    for (Article a : articles) {
      AnnotatedArticle an = OpenNlpAnnotator.forThisThread().annotate(a);
      List<Mention> found = extractor.mentionFinder().find(an);
      ResolvedArticle r = extractor.resolver().resolve(an, found);
      annotated.add(an);
      mentions.add(found);
      resolved.add(r);
      extractions.add(new Extraction(r, extractor.relationFinder().find(r)));
      for (Sentence s : an.sentences()) {
        if (r.mentionsWithin(s.span()).size() >= 2) {
          withTwoActors.add(s);
        }
      }
    }
  }

  /** The index of the next article, round the corpus. */
  int next() {
    int i = next;
    next = (i + 1) % articles.size();
    return i;
  }

  /** The next sentence with two or more actors, round the corpus. */
  Sentence nextSentence() {
    Sentence s = withTwoActors.get(nextSentence);
    nextSentence = (nextSentence + 1) % withTwoActors.size();
    return s;
  }
}
