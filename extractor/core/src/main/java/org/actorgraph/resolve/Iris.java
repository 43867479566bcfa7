package org.actorgraph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.actorgraph.ingest.Article;
import org.actorgraph.lexicon.EntityType;

/**
 * Mints the IRIs documented in {@code ontology/README.md} under a configurable base. IRIs are
 * deterministic, so the same entity or fact gets the same IRI in every article and every run, and
 * opaque (hashes, not slugs), so no label text ever needs escaping in an IRI.
 */
public final class Iris {

  /** The default base, under which every data IRI is minted. */
  public static final String DEFAULT_BASE = "https://w3id.org/actorgraph/id/";

  private final String base;

  public Iris(String base) {
    Objects.requireNonNull(base, "base");
    if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
      throw new IllegalArgumentException(
          "base IRI '" + base + "' must be an http(s) IRI ending in '/'");
    }
    this.base = base;
  }

  public String base() {
    return base;
  }

  public String article(Article a) {
    return base + "article/" + hash(a.url().orElse("body:" + a.body()));
  }

  public String entity(EntityType type, String wikidata, String normalisedName) {
    if (wikidata != null) {
      return base + "entity/" + wikidata;
    }
    String t = type.name().toLowerCase(Locale.ROOT);
    return base + t + "/" + hash(t + "|" + normalisedName);
  }

  /** A fact's IRI from its kind and the values that identify it. */
  public String fact(String kind, String... identity) {
    return base + "fact/" + hash(kind + "|" + String.join("|", identity));
  }

  public String agreement(String... identity) {
    return base + "agreement/" + hash(String.join("|", identity));
  }

  public static String sentence(String articleIri, int index) {
    return articleIri + "#s" + index;
  }

  public static String mention(String articleIri, int begin, int end) {
    return articleIri + "#char=" + begin + "," + end;
  }

  /**
   * The article's view of an entity or fact: {@code {article}#{kind}/{id}}, the last two path
   * segments of {@code targetIri} (such as {@code entity/Q736} or {@code fact/77ab…}) after the
   * article IRI and {@code #}.
   */
  public static String view(String articleIri, String targetIri) {
    int last = targetIri.lastIndexOf('/');
    int before = last > 0 ? targetIri.lastIndexOf('/', last - 1) : -1;
    if (before < 0) {
      throw new IllegalArgumentException(
          "view: expected an IRI like {base}kind/id (found '" + targetIri + "')");
    }
    return articleIri + "#" + targetIri.substring(before + 1);
  }

  /** The first 16 hex digits of the SHA-256 of {@code s} in UTF-8. */
  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
