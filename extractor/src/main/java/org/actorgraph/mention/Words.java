package org.actorgraph.mention;

import java.util.List;
import org.actorgraph.annotate.Token;

/**
 * The word view of a sentence that the token-scanning finders and the gazetteer's matchers read:
 * takes a sentence's tokens and returns their texts, in order, as an unmodifiable list.
 */
final class Words {

  private Words() {}

  /** The texts of {@code tokens}, in order. */
  static List<String> of(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }
}
