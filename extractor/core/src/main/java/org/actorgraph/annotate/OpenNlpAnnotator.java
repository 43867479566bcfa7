package org.actorgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.actorgraph.ingest.Article;
import org.actorgraph.text.CharSpan;
import org.actorgraph.text.LeadLines;

/**
 * Annotates English articles with Apache's OpenNLP UD models from Maven Central.
 *
 * <p>The models are loaded once; the OpenNLP {@code *ME} classes are not thread-safe, so each
 * thread gets its own instances (see {@link #forThisThread()}).
 *
 * <p>Design decision: a line break always ends a sentence (headlines, datelines, bylines and
 * paragraphs are separate lines in news text, and the sentence model would join them); sentences
 * are then detected within each line, and a dateline opening the first line, or the line after a
 * headline ({@link LeadLines}), is a sentence of its own ({@link Datelines}).
 *
 * <p>Design decision: the UD tokenizer keeps possessives ("Sweden's") and hyphenated names
 * ("Ching-te") as one token, while the name-finder training corpora split them; {@link
 * TokenSplitter} re-splits so that the name finder sees the tokens it was trained on.
 */
public final class OpenNlpAnnotator implements Annotator {

  /** Articles whose detected language has lower confidence than this are still accepted. */
  private static final double LANGUAGE_CONFIDENCE = 0.5;

  /** Bodies shorter than this are too short for language detection to be trusted. */
  private static final int MIN_LANGUAGE_SAMPLE = 200;

  /**
   * How much of the body language detection reads. Its cost grows with the sample (character
   * n-grams); a thousand characters, some fifteen sentences, already tell English from other
   * languages with high confidence, and reading 4000 took a tenth of the extraction time.
   */
  private static final int LANGUAGE_SAMPLE = 1000;

  private static final Models MODELS = new Models();

  private final SentenceDetectorME sentences = new SentenceDetectorME(MODELS.sentence);
  private final TokenizerME tokenizer = new TokenizerME(MODELS.tokenizer);
  private final POSTaggerME tagger = new POSTaggerME(MODELS.pos);
  private final LemmatizerME lemmatizer = new LemmatizerME(MODELS.lemmas);
  private final LanguageDetectorME languages = new LanguageDetectorME(MODELS.language);
  private final Map<String, String> lemmaCache = new HashMap<>();

  private static final Set<String> LEMMATISED = Set.of("VERB", "NOUN", "AUX", "ADJ");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /**
   * UD tags of closed word classes with no member that ends in "-ed": the coordinating
   * conjunctions, prepositions, determiners, pronouns and auxiliaries of English ("need", the one
   * auxiliary so spelt, is too short for {@link #PAST_FORM}).
   */
  private static final Set<String> CLOSED_CLASSES = Set.of("CCONJ", "ADP", "DET", "PRON", "AUX");

  /** A lower-case word of three letters or more before an "-ed" ending: "blocked", "fined". */
  private static final Pattern PAST_FORM = Pattern.compile("\\p{Ll}{3,}ed");

  private static final int LEMMA_CACHE_SIZE = 100_000;

  private static final ThreadLocal<OpenNlpAnnotator> PER_THREAD =
      ThreadLocal.withInitial(OpenNlpAnnotator::new);

  private OpenNlpAnnotator() {}

  /** The annotator for the calling thread. */
  public static OpenNlpAnnotator forThisThread() {
    return PER_THREAD.get();
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String body = article.body();
    String language = detectLanguage(article);
    List<Sentence> result = new ArrayList<>();
    int datelineAt = LeadLines.datelineStart(body);
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      if (end > start) {
        String paragraph = body.substring(start, end);
        boolean datelineLine =
            datelineAt >= start && datelineAt < end && body.substring(start, datelineAt).isBlank();
        for (Span s : TitleAbbreviations.join(paragraph, sentences.sentPosDetect(paragraph))) {
          Span trimmed = s.trim(paragraph);
          List<Span> lead = datelineLine ? Datelines.split(paragraph, trimmed) : List.of(trimmed);
          datelineLine = false;
          for (Span part : lead) {
            for (Span piece : LongSentences.split(paragraph, part)) {
              Span inBody = new Span(start + piece.getStart(), start + piece.getEnd());
              result.add(sentence(body, result.size(), inBody));
            }
          }
        }
      }
      start = end + 1;
    }
    return new AnnotatedArticle(article, language, result);
  }

  private String detectLanguage(Article article) {
    String body = article.body();
    if (body.length() < MIN_LANGUAGE_SAMPLE) {
      return "eng";
    }
    Language best =
        languages.predictLanguage(body.substring(0, Math.min(body.length(), LANGUAGE_SAMPLE)));
    if (!"eng".equals(best.getLang()) && best.getConfidence() >= LANGUAGE_CONFIDENCE) {
      throw new AnnotationException(
          "not English (detected language '"
              + best.getLang()
              + "', confidence "
              + String.format("%.2f", best.getConfidence())
              + ")");
    }
    return "eng";
  }

  /**
   * The tokenizer's tokens with a word it cut in two joined again: the model splits a few unknown
   * names where no space is ("Retno" into "Ret" and "no", "Leif" into "Le" and "if"), which makes
   * half a name a person and the other half an organisation. A token of lower-case letters that
   * touches a word before it is part of that word; contractions ("n't") hold an apostrophe and stay
   * apart.
   */
  static List<Span> rejoined(String text, Span[] tokens) {
    List<Span> out = new ArrayList<>(tokens.length);
    for (Span t : tokens) {
      if (!out.isEmpty() && continuesWord(text, out.get(out.size() - 1), t)) {
        Span previous = out.remove(out.size() - 1);
        out.add(new Span(previous.getStart(), t.getEnd()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean continuesWord(String text, Span previous, Span token) {
    if (previous.getEnd() != token.getStart()
        || !Character.isLetter(text.charAt(previous.getEnd() - 1))) {
      return false;
    }
    return text.substring(token.getStart(), token.getEnd())
        .chars()
        .allMatch(Character::isLowerCase);
  }

  private Sentence sentence(String body, int index, Span sentenceSpan) {
    String text = body.substring(sentenceSpan.getStart(), sentenceSpan.getEnd());
    List<CharSpan> split = new ArrayList<>();
    for (Span t : rejoined(text, tokenizer.tokenizePos(text))) {
      TokenSplitter.split(text, t.getStart(), t.getEnd(), sentenceSpan.getStart(), split::add);
    }
    List<CharSpan> spans =
        TitleAbbreviations.splitFinalPeriod(body, TitleAbbreviations.joinPeriods(body, split));
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = apostrophe(spans.get(i).of(body));
    }
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String tag =
          nameAsAuxiliary(words, tags, i)
              ? "PROPN"
              : pastTenseAsFunctionWord(words[i], lettersAsPunctuation(words[i], tags[i]));
      tokens.add(new Token(words[i], spans.get(i), tag, lemma(words[i], tag)));
    }
    return new Sentence(
        index, new CharSpan(sentenceSpan.getStart(), sentenceSpan.getEnd()), text, tokens);
  }

  /**
   * A possessive split off with an opening quote mark typed for its apostrophe ("Kenya‘s") reads as
   * the usual curly one, which every later stage knows; its span still points at what was written.
   */
  static String apostrophe(String word) {
    return word.length() == 2
            && word.charAt(0) == '‘'
            && (word.charAt(1) == 's' || word.charAt(1) == 'S')
        ? "’" + word.charAt(1)
        : word;
  }

  /**
   * A word of letters is never punctuation, which the tagger now and then calls one ("Aster [mayor]
   * Jane Roe"): such a word is taken for a noun, a proper noun when capitalised.
   */
  static String lettersAsPunctuation(String word, String tag) {
    if (!tag.equals("PUNCT") || !LETTERS.matcher(word).matches()) {
      return tag;
    }
    return Character.isUpperCase(word.codePointAt(0)) ? "PROPN" : "NOUN";
  }

  /**
   * A lower-case word ending in "-ed" is a verb, which the tagger now and then calls a conjunction,
   * preposition, determiner, pronoun or auxiliary ("Sudan's army blocked[CCONJ] a United Nations
   * convoy", "air defences intercepted[ADP] missiles", "the agency fined[AUX] Google"): those
   * classes are closed, and none of their members ends so ({@link #CLOSED_CLASSES}), so such a word
   * is taken for the verb it is. The slip hid the clause's verb from every rule that reads tags.
   */
  static String pastTenseAsFunctionWord(String word, String tag) {
    return CLOSED_CLASSES.contains(tag) && PAST_FORM.matcher(word).matches() ? "VERB" : tag;
  }

  /**
   * Whether a capitalised word inside a sentence that the tagger called an auxiliary, right after a
   * proper noun, is a name: the surname of "Jane Doe met" or "Maria Do said" (read as "does" and
   * "do"), which hid the person from every name finder. An auxiliary is written capitalised only to
   * open a sentence.
   */
  static boolean nameAsAuxiliary(String[] words, String[] tags, int i) {
    return i > 0
        && tags[i].equals("AUX")
        && tags[i - 1].equals("PROPN")
        && Character.isUpperCase(words[i].codePointAt(0))
        && words[i].substring(1).chars().allMatch(Character::isLowerCase);
  }

  /**
   * The lemma of a verb, noun, auxiliary or adjective from the lemmatiser, one word at a time and
   * cached; other words are their own lower-case lemma.
   *
   * <p>Design decision: the sequence lemmatiser costs about 140 µs a token, 70% of all analysis
   * time; lemmatising the content words alone, one at a time, agrees with it on 99% of them (1,097
   * of 1,107 in the news dev set) at a seventh of the cost, and the cache removes most of the rest.
   */
  private String lemma(String word, String tag) {
    if (!LEMMATISED.contains(tag)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String key = tag + ' ' + word;
    String cached = lemmaCache.get(key);
    if (cached == null) {
      String l = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
      cached = "O".equals(l) ? word.toLowerCase(Locale.ROOT) : l.toLowerCase(Locale.ROOT);
      if (lemmaCache.size() > LEMMA_CACHE_SIZE) {
        lemmaCache.clear();
      }
      lemmaCache.put(key, cached);
    }
    return cached;
  }

  /** The models, read once per JVM from the OpenNLP model jars on the class path. */
  private static final class Models {
    final SentenceModel sentence =
        load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    final TokenizerModel tokenizer =
        load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    final POSModel pos = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    final LemmatizerModel lemmas =
        load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    final LanguageDetectorModel language = load("langdetect-183.bin", LanguageDetectorModel::new);
  }

  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = OpenNlpAnnotator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
