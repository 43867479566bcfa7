/**
 * Stage 4: groups mentions into entities (surname to full name, acronym to expansion, demonym and
 * capital to country), links them to gazetteer entries and Wikidata, and mints their IRIs.
 */
package org.actorgraph.resolve;
