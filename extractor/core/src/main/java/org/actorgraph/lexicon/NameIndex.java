package org.actorgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.actorgraph.text.TokenSpan;

/**
 * A trie over folded tokens from which the longest stored phrase starting at a token is found in
 * time proportional to the phrase's length. Each stored phrase keeps its exact tokens, and a case
 * policy decides whether input tokens that fold alike really match.
 *
 * <p>Built once, then only read: safe to share between threads once the gazetteer is constructed.
 *
 * @param <V> what a phrase stands for
 */
final class NameIndex<V> {

  /** A stored phrase: its normalised tokens and its value. */
  record Stored<V>(List<String> tokens, V value) {}

  private static final class Node<V> {
    final Map<String, Node<V>> children = new HashMap<>(4);
    final List<Stored<V>> stored = new ArrayList<>(1);
  }

  private final Node<V> root = new Node<>();
  private final BiPredicate<Stored<V>, List<String>> policy;

  /**
   * @param policy given a stored phrase and the input tokens (as many, folding alike), says whether
   *     they match
   */
  NameIndex(BiPredicate<Stored<V>, List<String>> policy) {
    this.policy = policy;
  }

  /** Stores {@code value} under the normalised tokens {@code tokens}; ignores an empty phrase. */
  void add(List<String> tokens, V value) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (String token : tokens) {
      node = node.children.computeIfAbsent(NameTokens.fold(token), k -> new Node<>());
    }
    node.stored.add(new Stored<>(List.copyOf(tokens), value));
  }

  /** The values of every stored phrase that matches all of the normalised {@code tokens}. */
  List<V> exact(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    Node<V> node = walk(tokens, 0, tokens.size());
    return node == null ? List.of() : accepted(node, tokens);
  }

  /**
   * The longest stored phrase that starts at {@code tokens[start]}, with the values of every stored
   * phrase of that length that matches. Tokens are normalised here.
   */
  Optional<TokenMatch<V>> longestAt(List<String> tokens, int start) {
    if (start < 0 || start >= tokens.size()) {
      return Optional.empty();
    }
    List<String> normal = new ArrayList<>();
    Node<V> node = root;
    TokenMatch<V> best = null;
    for (int i = start; i < tokens.size(); i++) {
      String token = NameTokens.normalize(tokens.get(i));
      node = node.children.get(NameTokens.fold(token));
      if (node == null) {
        break;
      }
      normal.add(token);
      if (!node.stored.isEmpty()) {
        List<V> values = accepted(node, normal);
        if (!values.isEmpty()) {
          best = new TokenMatch<>(new TokenSpan(start, i + 1), values);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Node<V> walk(List<String> tokens, int from, int to) {
    Node<V> node = root;
    for (int i = from; i < to && node != null; i++) {
      node = node.children.get(NameTokens.fold(tokens.get(i)));
    }
    return node;
  }

  private List<V> accepted(Node<V> node, List<String> input) {
    List<V> values = new ArrayList<>(node.stored.size());
    for (Stored<V> s : node.stored) {
      if (policy.test(s, input)) {
        values.add(s.value());
      }
    }
    return values;
  }
}
