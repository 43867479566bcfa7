/**
 * Coordinates shared by every stage: character spans into an article body and token spans within a
 * sentence, kept as separate types so that one is never mistaken for the other.
 */
package org.actorgraph.text;
