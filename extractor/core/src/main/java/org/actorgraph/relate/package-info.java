/**
 * Stage 5: finds positions, memberships, part-of and located-in links, interactions, agreements,
 * quotes and contests between an article's entities, each with its confidence and evidence.
 */
package org.actorgraph.relate;
