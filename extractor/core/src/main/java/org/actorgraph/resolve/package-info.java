/**
 * Stage 4: groups mentions into entities (surname to full name, acronym to expansion, demonym and
 * capital to country), links them to gazetteer entries and Wikidata, and mints their IRIs. A
 * definite description that refers back to a country ("the kingdom", "the West African nation")
 * becomes one more mention of that country ({@link org.actorgraph.resolve.CountryDescriptions}).
 */
package org.actorgraph.resolve;
