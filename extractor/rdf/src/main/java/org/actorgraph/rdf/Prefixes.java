package org.actorgraph.rdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.actorgraph.vocab.AG;

/** The prefixes written into every output and used in the query library. */
public final class Prefixes {

  private Prefixes() {}

  public static Map<String, String> standard() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ag", AG.NS);
    p.put("cameo", AG.CAMEO);
    p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
    p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    p.put("owl", "http://www.w3.org/2002/07/owl#");
    p.put("skos", "http://www.w3.org/2004/02/skos/core#");
    p.put("wd", "http://www.wikidata.org/entity/");
    return p;
  }
}
