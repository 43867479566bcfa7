package org.actorgraph.relate;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words that state an interaction between actors, mapped to their CAMEO root category (01-20):
 * verbs by lemma ("meet" is 04 consult, "criticise" 11 disapprove, "threaten" 13) and nouns that
 * name an exchange ("talks", "visit" 04; "invasion" 19; "purchase" 06). "agree" is 03 (intent to
 * cooperate) before "to" and 05 (diplomatic cooperation) otherwise.
 */
final class CameoLexicon {

  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry("ask", "02"),
          Map.entry("request", "02"),
          Map.entry("appeal", "02"),
          Map.entry("urge", "02"),
          Map.entry("pledge", "03"),
          Map.entry("promise", "03"),
          Map.entry("offer", "03"),
          Map.entry("invite", "03"),
          Map.entry("cooperate", "03"),
          Map.entry("meet", "04"),
          Map.entry("visit", "04"),
          Map.entry("host", "04"),
          Map.entry("talk", "04"),
          Map.entry("discuss", "04"),
          Map.entry("speak", "04"),
          Map.entry("consult", "04"),
          Map.entry("negotiate", "04"),
          Map.entry("mediate", "04"),
          Map.entry("praise", "05"),
          Map.entry("hail", "05"),
          Map.entry("commend", "05"),
          Map.entry("welcome", "05"),
          Map.entry("thank", "05"),
          Map.entry("congratulate", "05"),
          Map.entry("recognise", "05"),
          Map.entry("recognize", "05"),
          Map.entry("sign", "05"),
          Map.entry("ratify", "05"),
          Map.entry("agree", "05"),
          Map.entry("endorse", "05"),
          Map.entry("support", "05"),
          Map.entry("normalise", "05"),
          Map.entry("normalize", "05"),
          Map.entry("supply", "06"),
          Map.entry("sell", "06"),
          Map.entry("buy", "06"),
          Map.entry("purchase", "06"),
          Map.entry("export", "06"),
          Map.entry("ship", "06"),
          Map.entry("deliver", "06"),
          Map.entry("donate", "07"),
          Map.entry("aid", "07"),
          Map.entry("concede", "08"),
          Map.entry("release", "08"),
          Map.entry("demand", "10"),
          Map.entry("criticise", "11"),
          Map.entry("criticize", "11"),
          Map.entry("accuse", "11"),
          Map.entry("condemn", "11"),
          Map.entry("blame", "11"),
          Map.entry("denounce", "11"),
          Map.entry("reject", "12"),
          Map.entry("refuse", "12"),
          Map.entry("veto", "12"),
          Map.entry("threaten", "13"),
          Map.entry("warn", "13"),
          Map.entry("protest", "14"),
          Map.entry("boycott", "14"),
          Map.entry("mobilise", "15"),
          Map.entry("mobilize", "15"),
          Map.entry("sanction", "16"),
          Map.entry("expel", "16"),
          Map.entry("arrest", "17"),
          Map.entry("detain", "17"),
          Map.entry("seize", "17"),
          Map.entry("deport", "17"),
          Map.entry("attack", "18"),
          Map.entry("bomb", "18"),
          Map.entry("strike", "18"),
          Map.entry("shell", "18"),
          Map.entry("fight", "19"),
          Map.entry("invade", "19"),
          Map.entry("occupy", "19"),
          Map.entry("clash", "19"));

  private static final Map<String, String> NOUNS =
      Map.ofEntries(
          Map.entry("appeal", "02"),
          Map.entry("request", "02"),
          Map.entry("invitation", "03"),
          Map.entry("cooperation", "03"),
          Map.entry("talks", "04"),
          Map.entry("talk", "04"),
          Map.entry("meeting", "04"),
          Map.entry("summit", "04"),
          Map.entry("visit", "04"),
          Map.entry("trip", "04"),
          Map.entry("negotiation", "04"),
          Map.entry("negotiations", "04"),
          Map.entry("conversation", "04"),
          Map.entry("conversations", "04"),
          Map.entry("call", "04"),
          Map.entry("recognition", "05"),
          Map.entry("purchase", "06"),
          Map.entry("sale", "06"),
          Map.entry("supplier", "06"),
          Map.entry("aid", "07"),
          Map.entry("assistance", "07"),
          Map.entry("criticism", "11"),
          Map.entry("accusation", "11"),
          Map.entry("threat", "13"),
          Map.entry("sanctions", "16"),
          Map.entry("attack", "18"),
          Map.entry("strike", "18"),
          Map.entry("invasion", "19"),
          Map.entry("occupation", "19"),
          Map.entry("war", "19"),
          Map.entry("loggerheads", "11"));

  /** What the shipped lemmatiser makes of some past tenses, mapped to the true lemma. */
  private static final Map<String, String> LEMMA_SLIPS =
      Map.of(
          "conced", "concede",
          "condemned", "condemn",
          "expell", "expel",
          "vetoed", "veto",
          "shel", "shell");

  /** Verbs whose coordinated subjects interact with each other ("X and Y met"). */
  private static final Set<String> MUTUAL =
      Set.of(
          "meet",
          "talk",
          "agree",
          "sign",
          "negotiate",
          "clash",
          "fight",
          "cooperate",
          "normalise",
          "normalize",
          "discuss",
          "consult",
          "loggerhead");

  private CameoLexicon() {}

  /** The category a verb lemma states. */
  static Optional<String> cameo(String lemma) {
    return Optional.ofNullable(VERBS.get(LEMMA_SLIPS.getOrDefault(lemma, lemma)));
  }

  /** The category a noun states (by its written form, lower case, or its lemma). */
  static Optional<String> nounCameo(String word, String lemma) {
    return Optional.ofNullable(NOUNS.getOrDefault(word, NOUNS.get(lemma)));
  }

  /** Whether the verb states an exchange among its coordinated subjects. */
  static boolean mutual(String lemma) {
    return MUTUAL.contains(lemma);
  }
}
