package org.actorgraph.relate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.annotate.Token;
import org.actorgraph.relate.Fact.AgreementForm;
import org.actorgraph.relate.Fact.AgreementKind;
import org.actorgraph.relate.Fact.AgreementStatus;

/** What an agreement's own words and its sentence's verbs say about its form, kind and status. */
final class AgreementWords {

  private AgreementWords() {}

  static AgreementForm form(String name) {
    if (name.contains("treat")) {
      return AgreementForm.TREATY;
    }
    if (name.contains("memorandum") || name.contains("mou")) {
      return AgreementForm.MEMORANDUM;
    }
    if (name.contains("contract") || name.contains("purchase")) {
      return AgreementForm.CONTRACT;
    }
    if (name.contains("ceasefire")
        || name.contains("cease-fire")
        || name.contains("truce")
        || name.contains("cessation")) {
      return AgreementForm.CEASEFIRE;
    }
    return AgreementForm.AGREEMENT;
  }

  /** The kind from the name first, then from the sentence ({@code sentence} lower case). */
  static AgreementKind kind(String name, String sentence) {
    String s = name + " " + sentence;
    if (name.matches(".*(ceasefire|truce|cessation|peace|armistice).*")) {
      return AgreementKind.PEACE;
    }
    if (name.matches(".*(accession|admission|membership).*")) {
      return AgreementKind.ALLIANCE;
    }
    if (name.contains("arms")
        || s.matches(
            ".*\\b(tanks?|howitzers?|jets?|missiles?|weapons|fighters?|warplanes?|aircraft"
                + "|munitions|drones?|submarines?|frigates?)\\b.*")) {
      return AgreementKind.ARMS;
    }
    if (name.contains("trade") || name.contains("tariff")) {
      return AgreementKind.TRADE;
    }
    if (name.matches(".*(defen[cs]e|military|mutual|access|strategic partnership).*")) {
      return AgreementKind.DEFENCE;
    }
    if (name.contains("security") || s.matches(".*\\b(crime|gangs?|cartels?|trafficking)\\b.*")) {
      return AgreementKind.SECURITY;
    }
    if (name.matches(".*(normali|diplomatic|relations).*")
        || s.contains("diplomatic relations")
        || s.contains("normalize")
        || s.contains("normalise")) {
      return AgreementKind.DIPLOMATIC;
    }
    if (name.contains("econom") || s.contains("investment")) {
      return AgreementKind.ECONOMIC;
    }
    if (name.contains("alliance") || name.contains("partnership")) {
      return AgreementKind.ALLIANCE;
    }
    return AgreementKind.OTHER;
  }

  /**
   * The status the sentence's verbs give; {@code possessed} when "X has pacts with Y". Agreeing
   * "to" do something announces it; agreeing a deal or on terms concludes it.
   */
  static AgreementStatus status(Iterable<Token> tokens, String sentence, boolean possessed) {
    Set<String> lemmas = new HashSet<>();
    boolean agreeTo = false;
    Token previous = null;
    for (Token t : tokens) {
      lemmas.add(t.lemma());
      lemmas.add(t.text().toLowerCase(Locale.ROOT));
      if (previous != null && previous.lemma().equals("agree") && t.text().equals("to")) {
        agreeTo = true;
      }
      previous = t;
    }
    if (lemmas.contains("ratify")) {
      return AgreementStatus.RATIFIED;
    }
    if (inForce(sentence) || possessed) {
      return AgreementStatus.IN_FORCE;
    }
    if (lemmas.contains("sign")
        || lemmas.contains("seal")
        || lemmas.contains("conclude")
        || lemmas.contains("finalise")
        || lemmas.contains("finalize")
        || lemmas.contains("clinch")) {
      return AgreementStatus.SIGNED;
    }
    if (lemmas.contains("reject")) {
      return AgreementStatus.REJECTED;
    }
    if (lemmas.contains("negotiate")
        || lemmas.contains("negotiation")
        || lemmas.contains("talks")) {
      return AgreementStatus.NEGOTIATING;
    }
    if (lemmas.contains("propose")
        || lemmas.contains("plan")
        || lemmas.contains("pursue")
        || lemmas.contains("expect")) {
      return AgreementStatus.PROPOSED;
    }
    if (lemmas.contains("agree") && agreeTo) {
      return AgreementStatus.ANNOUNCED;
    }
    if (lemmas.contains("agree") || lemmas.contains("reach")) {
      return AgreementStatus.SIGNED;
    }
    return AgreementStatus.ANNOUNCED;
  }

  private static final Pattern IN_FORCE = Pattern.compile("into force|in force|took effect");

  /** A future or condition just before "in force" ("once entered into force") is not in force. */
  private static final Pattern NOT_YET =
      Pattern.compile("\\b(once|will|would|when|after|upon|until|before|shall|could)\\b");

  /** Whether the sentence says the agreement is in force now. */
  static boolean inForce(String sentence) {
    Matcher m = IN_FORCE.matcher(sentence);
    while (m.find()) {
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      if (!NOT_YET.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }
}
