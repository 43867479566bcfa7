package org.actorgraph.relate;

import java.util.Map;
import java.util.Optional;

/**
 * Verb lemmas that state an interaction between actors, mapped to their CAMEO root category
 * (01-20): "meet" is 04 consult, "criticise" 11 disapprove, "threaten" 13, and so on.
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
          Map.entry("meet", "04"),
          Map.entry("visit", "04"),
          Map.entry("host", "04"),
          Map.entry("talk", "04"),
          Map.entry("discuss", "04"),
          Map.entry("speak", "04"),
          Map.entry("consult", "04"),
          Map.entry("negotiate", "04"),
          Map.entry("praise", "05"),
          Map.entry("welcome", "05"),
          Map.entry("thank", "05"),
          Map.entry("recognise", "05"),
          Map.entry("recognize", "05"),
          Map.entry("sign", "05"),
          Map.entry("endorse", "05"),
          Map.entry("normalise", "05"),
          Map.entry("normalize", "05"),
          Map.entry("cooperate", "06"),
          Map.entry("supply", "07"),
          Map.entry("donate", "07"),
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
          Map.entry("fight", "19"),
          Map.entry("invade", "19"),
          Map.entry("clash", "19"));

  private CameoLexicon() {}

  static Optional<String> cameo(String lemma) {
    return Optional.ofNullable(VERBS.get(lemma));
  }
}
