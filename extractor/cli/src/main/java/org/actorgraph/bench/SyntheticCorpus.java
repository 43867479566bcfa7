package org.actorgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.actorgraph.bench.SyntheticLexicon.Country;
import org.actorgraph.bench.SyntheticLexicon.Person;
import org.actorgraph.ingest.Article;

/**
 * A reproducible stream of news-like articles for scale tests: meetings, exchanges typed by CAMEO
 * verbs, signed agreements, quotes, positions and organisation statements among a small cast of
 * gazetteer people, countries and organisations, with DATE, SOURCE (an outlet), URL and TITLE.
 *
 * <p>Article {@code i} depends only on the seed and {@code i} (each has its own {@link Random}), so
 * the same seed gives the same bytes whatever is generated before it, and {@link #articles} is
 * lazy: a stream of 100k articles holds one at a time.
 *
 * <p>Design decision: the sentences are templates in code, not data; they exist to load the
 * pipeline with realistic work (names, titles, quotes, verbs), not to teach it anything, and are
 * never used to score extraction.
 */
public final class SyntheticCorpus {

  /** Sentences per article by default: about 500 words, the "article of about 500". */
  public static final int DEFAULT_SENTENCES = 36;

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final String[] TOPICS = {
    "trade", "security", "energy supplies", "fisheries", "border crossings", "water rights",
    "migration", "tariffs", "grain exports", "air routes", "climate finance", "debt relief"
  };
  private static final String[] KINDS = {
    "trade", "security", "energy", "fisheries", "border", "ceasefire", "cooperation"
  };
  private static final String[] FILLERS = {
    "The talks are expected to resume next month.",
    "Analysts said the outcome would depend on the coming weeks.",
    "No date has been set for a further round.",
    "Details of the discussions were not made public.",
    "Markets reacted calmly to the news.",
    "The statement gave no further details.",
    "Diplomats described the atmosphere as constructive but cautious.",
    "A joint communique is expected later in the week.",
    "Neither side commented on the reports.",
    "Prices for food and fuel have risen steadily since the start of the year.",
    "Opposition parties have called for a debate on the matter in parliament.",
    "Several aid groups warned that funding for the programme was running out.",
    "The weather has delayed work on the new port for several weeks.",
    "Observers noted that turnout at recent local elections had been low.",
    "Economists expect growth to slow in the second half of the year.",
    "The central bank left interest rates unchanged at its last meeting.",
    "Local newspapers gave the story only brief coverage on their front pages.",
    "Travel in the region was disrupted by strikes at two airports.",
    "Human rights groups repeated their call for an independent inquiry.",
    "A spokesperson declined to say when a decision would be announced.",
    "The figures were published in a report released late on Friday."
  };

  /**
   * The opening sentences, as {template, first country}: together they name every member of the
   * cast, so that {@link SyntheticArticle#actors} are all in the body.
   */
  private static final int[][] OPENING = {{0, 0}, {1, 1}, {2, 2}, {5, 2}};

  /** Templates 0-6 state facts; any other draw is filler. */
  private static final int FACT_TEMPLATES = 7;

  /**
   * After the opening, one sentence in {@value} states a fact and the others are filler, so that an
   * article gives about 400 quads, as real news does (about 1,100 with one in 12/7 before).
   */
  private static final int FACT_SHARE = 9;

  private final long seed;
  private final int sentences;
  private final SyntheticLexicon lexicon;

  /** A corpus of articles of {@value #DEFAULT_SENTENCES} sentences. */
  public SyntheticCorpus(long seed) {
    this(seed, DEFAULT_SENTENCES);
  }

  public SyntheticCorpus(long seed, int sentences) {
    if (sentences < 4) {
      throw new IllegalArgumentException("sentences (" + sentences + ") must be at least 4");
    }
    this.seed = seed;
    this.sentences = sentences;
    this.lexicon = SyntheticLexicon.load();
  }

  /** Articles {@code 0..n-1}, generated as the stream is consumed. */
  public Stream<SyntheticArticle> articles(long n) {
    return LongStream.range(0, n).mapToObj(this::article);
  }

  /** Article number {@code index}, the same for the same seed and index. */
  public SyntheticArticle article(long index) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
    Cast cast = Cast.pick(lexicon, r);
    StringBuilder body = new StringBuilder(3200);
    for (int i = 0; i < sentences; i++) {
      body.append(sentence(i, cast, r));
      body.append(i % 3 == 2 ? "\n\n" : " ");
    }
    String id = String.format(Locale.ROOT, "s%d-%07d", seed, index);
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5 * 365));
    Country c0 = cast.countries.get(0);
    Country c1 = cast.countries.get(1);
    String title = c0.name() + " and " + c1.name() + " hold talks on " + pick(TOPICS, r);
    Article a =
        new Article(
            id,
            "synthetic:" + id,
            Optional.of("https://news.example.org/synthetic/" + seed + "/" + index),
            Optional.of(title),
            Optional.of(date.toString()),
            Optional.empty(),
            Optional.of(pick(lexicon.outlets(), r)),
            body.toString().strip() + "\n");
    return new SyntheticArticle(a, cast.actors());
  }

  private String sentence(int i, Cast c, Random r) {
    Person p0 = c.people.get(i % 2);
    Person p1 = c.people.get((i + 1) % 2);
    int first = i < OPENING.length ? OPENING[i][1] : r.nextInt(c.countries.size());
    Country a = c.countries.get(first);
    Country b = c.countries.get((first + 1) % c.countries.size());
    String day = pick(DAYS, r);
    String topic = pick(TOPICS, r);
    return switch (i < OPENING.length ? OPENING[i][0] : r.nextInt(FACT_TEMPLATES * FACT_SHARE)) {
      case 0 ->
          String.format(
              "%s %s of %s met %s in %s on %s to discuss %s.",
              c.titles.get(0), p0.name(), a.name(), p1.name(), b.capital(), day, topic);
      case 1 ->
          String.format(
              "%s %s %s over %s, officials in %s said.",
              a.name(), thirdPerson(pick(lexicon.verbs(), r)), b.name(), topic, a.capital());
      case 2 ->
          String.format(
              "“We will not %s %s on %s,” %s said.",
              pick(lexicon.verbs(), r), b.name(), topic, surname(p0));
      case 3 ->
          String.format(
              "%s and %s signed a %s agreement in %s on %s.",
              a.name(), b.name(), pick(KINDS, r), a.capital(), day);
      case 4 ->
          String.format(
              "%s, the %s of %s, said the %s government would %s %s.",
              p1.name(),
              c.titles.get(1).toLowerCase(Locale.ROOT),
              a.name(),
              a.demonym(),
              pick(lexicon.verbs(), r),
              b.name());
      case 5 ->
          String.format(
              "Officials of the %s said %s would %s %s if the talks on %s failed.",
              c.organisation, a.name(), pick(lexicon.verbs(), r), b.name(), topic);
      case 6 ->
          String.format(
              "“This is a matter of %s for the whole region,” %s told reporters in %s.",
              topic, p1.name(), b.capital());
      default -> pick(FILLERS, r);
    };
  }

  /** The surname a quote is attributed to once the full name has been given. */
  private static String surname(Person p) {
    String[] words = p.name().split(" ");
    return words[words.length - 1];
  }

  /** Third person singular present of a regular verb lemma ("criticise" becomes "criticises"). */
  static String thirdPerson(String lemma) {
    if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
      return lemma + "es";
    }
    if (lemma.matches(".*[^aeiou]y")) {
      return lemma.substring(0, lemma.length() - 1) + "ies";
    }
    return lemma + "s";
  }

  private static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static String pick(String[] words, Random r) {
    return words[r.nextInt(words.length)];
  }

  /** The actors of one article: three countries, two people, one organisation, two titles. */
  private record Cast(
      List<Country> countries, List<Person> people, String organisation, List<String> titles) {

    static Cast pick(SyntheticLexicon lex, Random r) {
      return new Cast(
          distinct(lex.countries(), 3, r),
          distinct(lex.people(), 2, r),
          SyntheticCorpus.pick(lex.organisations(), r),
          distinct(lex.titles(), 2, r));
    }

    List<String> actors() {
      List<String> out = new ArrayList<>();
      people.forEach(p -> out.add(p.name()));
      countries.forEach(c -> out.add(c.name()));
      out.add(organisation);
      return out;
    }

    private static <T> List<T> distinct(List<T> from, int n, Random r) {
      Set<T> out = new LinkedHashSet<>();
      while (out.size() < n) {
        out.add(from.get(r.nextInt(from.size())));
      }
      return List.copyOf(out);
    }
  }
}
