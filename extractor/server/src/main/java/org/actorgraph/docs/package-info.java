/**
 * Human-readable documentation generated from the ontology's Turtle, so that it is never written
 * twice: {@link org.actorgraph.docs.OntologyPage} (the HTML reference served at the namespace) and
 * {@link org.actorgraph.docs.OntologyDiagram} (the Mermaid diagram in {@code ontology/README.md}).
 */
package org.actorgraph.docs;
