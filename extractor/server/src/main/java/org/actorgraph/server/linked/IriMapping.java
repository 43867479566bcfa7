package org.actorgraph.server.linked;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Maps data IRIs under the configured base (by default {@code https://w3id.org/actorgraph/id/}) to
 * this server's paths under {@code /id/} and back: {@code <base>entity/Q1} is served at {@code
 * /id/entity/Q1}.
 *
 * @param base the base IRI of the data, ending in {@code /}
 * @param contextPath the server's context path ({@code ""} at the root)
 */
record IriMapping(String base, String contextPath) {

  /** The path under the context where data IRIs are served. */
  static final String PATH = "/id/";

  /** What a path below {@code /id/} may hold: the characters of the minted IRIs' paths. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@/%-]+");

  IriMapping {
    if (!base.endsWith("/")) {
      throw new IllegalArgumentException(
          "base: expected an IRI ending in '/' (found " + base + ")");
    }
  }

  /** The data IRI served at {@code /id/rest}, or empty if {@code rest} cannot be part of one. */
  Optional<Node> iri(String rest) {
    if (rest.isEmpty() || !SAFE.matcher(rest).matches() || rest.contains("//")) {
      return Optional.empty();
    }
    return Optional.of(NodeFactory.createURI(base + rest));
  }

  /**
   * Where a page links for {@code n}: this server's path for a data IRI (fragment kept), the IRI
   * itself for other http(s) IRIs, or empty (nothing to link).
   */
  Optional<String> href(Node n) {
    if (!n.isURI()) {
      return Optional.empty();
    }
    String iri = n.getURI();
    if (iri.startsWith(base)) {
      return Optional.of(contextPath + PATH + iri.substring(base.length()));
    }
    if (iri.startsWith("http://") || iri.startsWith("https://")) {
      return Optional.of(iri);
    }
    return Optional.empty();
  }
}
