package org.actorgraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.actorgraph.text.WordFiles;

/**
 * English given names ({@code given_name_genders.tsv}, converted from the Moby Word II first-name
 * lists): whether a word is such a name, and which sex it tells when it is borne by one sex only
 * ("Jordan" and "Kim" are borne by both and tell none). Read once per process into a hash map.
 */
public final class GivenNames {

  /** The sex a given name is borne by. */
  public enum Sex {
    FEMALE,
    MALE
  }

  private static final String FILE = "given_name_genders.tsv";

  /** Each name in lower case, with the sex it tells (empty for a name borne by both). */
  private static final Map<String, Optional<Sex>> NAMES = load();

  private static final Set<String> CAPITALISED = capitalised();

  private GivenNames() {}

  /** The sex the given name {@code word} tells (case ignored); empty for other words. */
  public static Optional<Sex> sexOf(String word) {
    return NAMES.getOrDefault(word.toLowerCase(Locale.ROOT), Optional.empty());
  }

  /** Every listed given name, capitalised ("Jane"). */
  public static Set<String> all() {
    return CAPITALISED;
  }

  /** Whether {@code word} is a listed given name, of either sex or both (case ignored). */
  public static boolean isGivenName(String word) {
    return NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> capitalised() {
    Set<String> out = new HashSet<>();
    for (String name : NAMES.keySet()) {
      out.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    return Set.copyOf(out);
  }

  private static Map<String, Optional<Sex>> load() {
    List<String> lines = WordFiles.read("/org/actorgraph/lexicon/" + FILE);
    if (lines.isEmpty() || !lines.get(0).equals("name\tgender")) {
      throw new IllegalStateException(FILE + ": expected the header 'name\tgender'");
    }
    Map<String, Optional<Sex>> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(FILE + ": expected 2 columns (found '" + line + "')");
      }
      Optional<Sex> sex =
          switch (f[1]) {
            case "female" -> Optional.of(Sex.FEMALE);
            case "male" -> Optional.of(Sex.MALE);
            case "either" -> Optional.empty();
            default ->
                throw new IllegalStateException(
                    FILE + ": gender '" + f[1] + "' is not female, male or either");
          };
      if (out.put(f[0].toLowerCase(Locale.ROOT), sex) != null) {
        throw new IllegalStateException(FILE + ": '" + f[0] + "' is listed twice");
      }
    }
    return Map.copyOf(out);
  }
}
