package org.actorgraph.train;

import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameSample;

/**
 * One document of a training corpus: its sentences as OpenNLP name samples, the first of which
 * clears the name finder's adaptive data.
 *
 * @param id where it comes from, unique across corpora ({@code wikigold:12}, {@code
 *     redocred-dev:3})
 * @param sentences its sentences in order, tokens as the corpus gives them, names typed {@link
 *     NameTypes#PERSON}, {@link NameTypes#ORGANIZATION} or {@link NameTypes#LOCATION}
 */
public record TrainingDocument(String id, List<NameSample> sentences) {

  public TrainingDocument {
    Objects.requireNonNull(id, "id");
    sentences = List.copyOf(sentences);
  }

  /** The number of names in all its sentences. */
  public int nameCount() {
    return sentences.stream().mapToInt(s -> s.getNames().length).sum();
  }

  /** The number of tokens in all its sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.getSentence().length).sum();
  }
}
