package org.actorgraph.mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.annotate.Sentence;
import org.actorgraph.annotate.Token;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.TokenSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds names with the project's trained OpenNLP name finder ({@code org.actorgraph.train}): a
 * {@code person} becomes {@link EntityType#PERSON}, an {@code organization} {@link
 * EntityType#ORGANISATION} and a {@code location} {@link EntityType#PLACE}; the model cannot tell
 * countries from other places, so later stages re-type them.
 *
 * <p>Mentions carry finder {@value #FINDER} and, as confidence, the name finder's probability of
 * the span. Safe to share between threads: each thread gets its own {@code NameFinderME}, whose
 * adaptive data (names seen earlier in the article) is cleared at each article.
 */
public final class OpenNlpNameFinder implements MentionFinder {

  /** The class-path resource of the project's model. */
  public static final String MODEL_RESOURCE = "/org/actorgraph/models/en-ner-actorgraph.bin";

  /** The {@link Mention#finder()} of this finder's mentions. */
  public static final String FINDER = "model";

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpNameFinder.class);

  private final ThreadLocal<NameFinderME> finders;

  /** A finder with {@code model}, such as one just trained. */
  public OpenNlpNameFinder(TokenNameFinderModel model) {
    Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** A finder with the project's model, read from the class path once per JVM. */
  public static OpenNlpNameFinder fromClassPath() {
    return new OpenNlpNameFinder(BundledModel.MODEL);
  }

  @Override
  public List<Mention> find(AnnotatedArticle article) {
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData();
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      if (sentence.tokens().isEmpty()) {
        continue;
      }
      String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
      Span[] spans = finder.find(words);
      double[] probabilities = finder.probs(spans);
      for (int i = 0; i < spans.length; i++) {
        Optional<EntityType> type = entityType(spans[i].getType());
        if (type.isEmpty()) {
          LOG.warn(
              "{}: model type '{}' has no entity type", article.article().id(), spans[i].getType());
          continue;
        }
        CharSpan span = sentence.charSpan(new TokenSpan(spans[i].getStart(), spans[i].getEnd()));
        mentions.add(
            Mention.unkeyed(
                span,
                article.body(),
                type.get(),
                sentence.index(),
                FINDER,
                Math.max(0, Math.min(1, probabilities[i]))));
      }
    }
    return mentions;
  }

  /** The entity type of a model type, if it has one. */
  static Optional<EntityType> entityType(String modelType) {
    return Optional.ofNullable(
        switch (modelType == null ? "" : modelType) {
          case "person" -> EntityType.PERSON;
          case "organization" -> EntityType.ORGANISATION;
          case "location" -> EntityType.PLACE;
          default -> null;
        });
  }

  /** The bundled model, read when first needed. */
  private static final class BundledModel {
    static final TokenNameFinderModel MODEL = load();

    private static TokenNameFinderModel load() {
      try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "name finder model " + MODEL_RESOURCE + " is not on the class path");
        }
        return new TokenNameFinderModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read name finder model " + MODEL_RESOURCE, e);
      }
    }
  }
}
