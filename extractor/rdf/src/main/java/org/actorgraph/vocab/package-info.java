/**
 * The actorgraph ontology as seen from Java: {@link org.actorgraph.vocab.AG} holds its terms as
 * constants, and {@link org.actorgraph.vocab.Ontology} loads the files of {@code ontology/} (OWL
 * ontology, CAMEO concept scheme, SHACL shapes, JSON-LD context) from the class path.
 */
package org.actorgraph.vocab;
