package org.actorgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.actorgraph.annotate.AnnotatedArticle;
import org.actorgraph.lexicon.ArabicArticles;
import org.actorgraph.lexicon.EntitySubtype;
import org.actorgraph.lexicon.EntityType;
import org.actorgraph.lexicon.GazetteerEntry;
import org.actorgraph.lexicon.SpellingVariants;
import org.actorgraph.mention.FacilityNounFinder;
import org.actorgraph.mention.Mention;

/**
 * Groups one article's mentions into entities by name: mentions with the same gazetteer key are one
 * entity; a surname or first name joins the person whose full name contains it ("Noboa" → "Daniel
 * Noboa"), but not a word that opens the names of two of the article's people ("Li" of "Li Qiang"
 * and "Li Hui"), which stays an entity of its own, and a full name joins the person it spells
 * another way ({@link SpellingVariants}); an acronym joins the organisation whose initials it
 * spells; other mentions group by their normalised name. Each entity takes its gazetteer name and
 * ids when it has a key, else its longest surface form as label.
 *
 * <p>Before grouping, a name the model alone typed takes the type the article's mentions of the
 * same name and the words around them vote for ({@link TypeVote}); a name the model typed as a
 * place or organisation that is part of a person's full name joins that person ("Bruce" of "Bruce
 * Belcher"); an acronym written in parentheses after a name joins that name ("Freedonian
 * Progressive Party (FPP)", {@link Acronyms}); a company's registered name and its everyday name
 * are one organisation ("Toyota Motor Corp" and "Toyota", {@link LegalForms}). A natural feature
 * named with a lower-case noun takes its name alone as an alias, and the mentions of that name join
 * it ("the Aster river", then "the Aster"; {@link FacilityNounFinder#nameAlone}). A body written
 * after its owner ("Freedonia's Interior Ministry", "the Freedonian embassy in Port Aster") is
 * named with it ({@link OwnedNames}), so two countries' foreign ministries stay apart. Entity
 * confidence comes from {@link Confidence}.
 *
 * <p>Design decision: across articles, an entity without a Wikidata id gets its IRI from its type
 * and normalised label, its fullest name in the article. A surname alone in another article
 * ("Noboa") therefore gets a different IRI from "Daniel Noboa": joining them would need knowledge
 * the article does not give (many people share a surname), and a wrong join merges two people's
 * facts, which is worse for the graph than a split that a later linking step can still join.
 *
 * <p>Expects non-overlapping mentions (see {@link org.actorgraph.mention.MentionMerger}).
 */
public final class NameGroupingResolver implements EntityResolver {

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-]+");

  private final Iris iris;
  private final Function<String, Optional<GazetteerEntry>> known;

  public NameGroupingResolver(Iris iris, Function<String, Optional<GazetteerEntry>> known) {
    this.iris = iris;
    this.known = known;
  }

  @Override
  public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> mentions) {
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Mention> byLength =
        ownAcronyms(TypeVote.retype(article, mentions), Acronyms.defined(article.body(), mentions));
    byLength.sort(
        Comparator.comparingInt((Mention m) -> m.key().isPresent() ? 0 : 1)
            .thenComparing(Comparator.comparingInt((Mention m) -> m.text().length()).reversed())
            .thenComparing(Mention::span));
    Map<String, String> acronyms = Acronyms.defined(article.body(), byLength);
    Map<Mention, String> owned = OwnedNames.of(article.body(), byLength);
    Map<Mention, Mention> knownAcronym = Acronyms.knownAfter(article.body(), byLength);
    for (Mention m : byLength) {
      String ownedName = owned.get(m);
      String norm = Names.spellingKey(Names.normalise(ownedName != null ? ownedName : m.text()));
      String key =
          knownAcronym.containsKey(m)
              ? "key:" + knownAcronym.get(m).key().get()
              : groupOf(m, norm, groups.values(), acronyms);
      Group group = groups.computeIfAbsent(key, k -> new Group(k, m.type(), norm, knownName(k)));
      group.add(m, norm);
      if (ownedName != null) {
        group.names.add(Names.spellingKey(Names.normalise(m.text())));
        if (group.label == null) {
          group.label = ownedName;
        }
      }
    }
    joinAliases(groups, KnownAs.of(article.body(), byLength));
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      if (!GovernmentMetonyms.onlyAsGovernment(article.body(), g.type, g.mentions)) {
        entities.add(entity(g.key, g.type, g.mentions, g.label));
      }
    }
    entities.sort(Comparator.comparing(e -> e.mentions().get(0).span()));
    return new ResolvedArticle(article, iris.article(article.article()), entities);
  }

  /**
   * Mentions grouped so far under one key, with the normalised forms grouping compares against
   * (computed once per mention rather than once per comparison).
   */
  private static final class Group {
    final String key;
    final EntityType type;
    final String longest;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> names = new HashSet<>();
    final Set<String> alone = new HashSet<>();

    /** The normalised gazetteer name of a group with a key ("lockheed martin"), else empty. */
    final String knownName;

    String label;

    Group(String key, EntityType type, String longest, String knownName) {
      this.key = key;
      this.type = type;
      this.longest = longest;
      this.knownName = knownName;
    }

    /** Whether one of the group's names is the everyday name of a registered one or vice versa. */
    boolean sameCompany(String norm) {
      return LegalForms.sameCompany(norm, knownName)
          || names.stream().anyMatch(n -> LegalForms.sameCompany(norm, n));
    }

    void add(Mention m, String norm) {
      mentions.add(m);
      names.add(norm);
      nameAlone(m).ifPresent(n -> alone.add(Names.spellingKey(Names.normalise(n))));
    }
  }

  /**
   * Moves the mentions of each alias's group into the group of the name it is an alias of ("John
   * Roe, known as Big John"), when neither group is a gazetteer entry of another type.
   */
  private static void joinAliases(Map<String, Group> groups, Map<Mention, Mention> aliasOf) {
    for (Map.Entry<Mention, Mention> e : aliasOf.entrySet()) {
      Group alias = groupWith(groups, e.getKey());
      Group name = groupWith(groups, e.getValue());
      if (alias == null || name == null || alias == name || alias.key.startsWith("key:")) {
        continue;
      }
      for (Mention m : alias.mentions) {
        name.mentions.add(m);
      }
      name.names.addAll(alias.names);
      groups.remove(alias.key);
    }
  }

  /**
   * The mentions with those of a known acronym that the article defines for a name of its own
   * ("Saudi Arabia's Public Investment Fund (PIF)" where the gazetteer's PIF is the Pacific Islands
   * Forum) without their key: the article's definition names what the acronym stands for in it, and
   * the acronym then joins that name. A definition that shares a word with the entry's name or
   * aliases ("Union of Aster States (UAS)") keeps the entry.
   */
  private List<Mention> ownAcronyms(List<Mention> mentions, Map<String, String> defined) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String name = defined.get(m.text());
      Optional<GazetteerEntry> entry = m.key().flatMap(known);
      if (name != null && entry.isPresent() && !sharesWord(name, entry.get())) {
        m =
            new Mention(
                m.span(),
                m.text(),
                m.type(),
                m.sentence(),
                m.finder(),
                m.confidence(),
                Optional.empty());
      }
      out.add(m);
    }
    return out;
  }

  /** Whether a normalised name shares a word of three letters or more with an entry's names. */
  private static boolean sharesWord(String name, GazetteerEntry entry) {
    Set<String> words = new HashSet<>();
    words.add(Names.normalise(entry.name()));
    entry.aliases().forEach(a -> words.add(Names.normalise(a)));
    Set<String> entryWords = new HashSet<>();
    for (String w : words) {
      entryWords.addAll(List.of(w.split(" ")));
    }
    for (String w : name.split(" ")) {
      if (w.length() >= 3 && !w.equals("the") && !w.equals("and") && entryWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised gazetteer name of the entry a group key names, or "" for a name's group. */
  private String knownName(String key) {
    return key.startsWith("key:")
        ? known
            .apply(key.substring(4))
            .map(e -> Names.spellingKey(Names.normalise(e.name())))
            .orElse("")
        : "";
  }

  private static Group groupWith(Map<String, Group> groups, Mention m) {
    for (Group g : groups.values()) {
      if (g.mentions.contains(m)) {
        return g;
      }
    }
    return null;
  }

  private static String groupOf(
      Mention m, String norm, Iterable<Group> groups, Map<String, String> acronyms) {
    if (m.key().isPresent()) {
      return "key:" + m.key().get();
    }
    String expansion = acronyms.get(m.text());
    boolean partOfPerson =
        (m.type() == EntityType.PERSON || m.finder().equals("model"))
            && !sharedFamilyName(norm, groups);
    for (Group g : groups) {
      if (g.type == EntityType.PERSON && partOfPerson && isPartOfName(norm, g.longest)) {
        return g.key;
      }
      if (expansion != null && g.names.contains(expansion)) {
        return g.key;
      }
      if (m.type() == EntityType.ORGANISATION
          && g.type == EntityType.ORGANISATION
          && isAcronymOf(m.text(), g.mentions.get(0).text())) {
        return g.key;
      }
      if (g.longest.equals(norm) && compatible(m.type(), g.type)) {
        return g.key;
      }
      if (g.type == EntityType.ORGANISATION
          && (m.type() == EntityType.ORGANISATION || m.finder().equals("model"))
          && g.sameCompany(norm)) {
        return g.key; // "Tesla", whatever the model typed it, after "Tesla Inc."
      }
      if (g.label != null && m.type() == g.type && g.names.contains(norm)) {
        return g.key; // "the Foreign Ministry" after "Freedonia's Foreign Ministry"
      }
      if (g.alone.contains(norm)
          && (m.type() == EntityType.PLACE || m.type() == EntityType.ORGANISATION)) {
        return g.key; // "the Aster" after "the Aster river", whatever the model typed it
      }
      if (m.type() == EntityType.PERSON
          && g.type == EntityType.PERSON
          && SpellingVariants.names(List.of(norm.split(" ")), List.of(g.longest.split(" ")))) {
        return g.key; // "Kassym-Jomart Tokayev" after "Kassym-Zhomart Tokayev"
      }
    }
    return "name:" + m.type() + ":" + norm;
  }

  /**
   * Whether the one word {@code part} opens the full names of two or more people of the article
   * ("Li" of "Li Qiang" and "Li Hui"), or opens one and is part of another: a family name written
   * first that two people share, or a given name two people share, names neither of them for sure,
   * and joining it to the first would give one person's words to the other.
   */
  private static boolean sharedFamilyName(String part, Iterable<Group> groups) {
    if (part.indexOf(' ') >= 0) {
      return false;
    }
    int people = 0;
    boolean opens = false;
    for (Group g : groups) {
      if (g.type == EntityType.PERSON && isPartOfName(part, g.longest) && !g.longest.equals(part)) {
        people++;
        opens |= g.longest.startsWith(part + " ");
      }
    }
    return people > 1 && opens;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || (a == EntityType.PLACE && b == EntityType.COUNTRY);
  }

  /**
   * Whether {@code part} is a trailing or leading run of whole words of {@code full}, or one inner
   * word of a name of three words or more.
   */
  static boolean isPartOfName(String part, String full) {
    if (part.isEmpty() || part.equals(full)) {
      return part.equals(full);
    }
    if (full.endsWith(" " + part) || full.startsWith(part + " ")) {
      return true;
    }
    String last = full.substring(full.lastIndexOf(' ') + 1);
    if (part.indexOf(' ') < 0 && !last.equals(full) && ArabicArticles.articled(last, part)) {
      return true; // "Burhan" of "Abdel Fattah al-Burhan"
    }
    // an inner surname of a longer name: "Lai" of "William Lai Ching-te"
    return part.length() >= 3
        && part.indexOf(' ') < 0
        && full.split(" ").length >= 3
        && full.contains(" " + part + " ");
  }

  /**
   * The name alone of a natural feature that {@link FacilityNounFinder} named with a lower-case
   * noun ("Aster" of "the Aster river"), which names the same place.
   */
  private static Optional<String> nameAlone(Mention m) {
    return m.type() == EntityType.PLACE && m.finder().equals(FacilityNounFinder.FINDER)
        ? FacilityNounFinder.nameAlone(m.text())
        : Optional.empty();
  }

  /** Whether {@code acronym} (e.g. "DPP") spells the capitalised initials of {@code name}. */
  static boolean isAcronymOf(String acronym, String name) {
    if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : WORD_BREAKS.split(name)) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString().equals(acronym);
  }

  private Entity entity(
      String group, EntityType mentionType, List<Mention> mentions, String ownedLabel) {
    List<Mention> ordered = new ArrayList<>(mentions);
    ordered.sort(Comparator.comparing(Mention::span));
    Optional<GazetteerEntry> k =
        group.startsWith("key:") ? known.apply(group.substring(4)) : Optional.empty();
    EntityType type = k.map(GazetteerEntry::type).orElse(mentionType);
    String label =
        k.map(GazetteerEntry::name)
            .orElse(ownedLabel != null ? ownedLabel : mentions.get(0).text());
    Set<String> aliases = new LinkedHashSet<>();
    for (Mention m : ordered) {
      if (!m.text().equals(label)) {
        aliases.add(m.text());
      }
      nameAlone(m).filter(n -> !n.equals(label)).ifPresent(aliases::add);
    }
    double confidence = Confidence.of(type, mentions);
    Optional<String> wikidata = k.flatMap(GazetteerEntry::wikidata);
    String iri = iris.entity(type, wikidata.orElse(null), Names.normalise(label));
    return new Entity(
        iri,
        type,
        k.flatMap(GazetteerEntry::subtype).map(EntitySubtype::label),
        label,
        List.copyOf(aliases),
        wikidata,
        k.flatMap(GazetteerEntry::isoCode),
        ordered,
        confidence);
  }
}
