/**
 * Stage 3: finds the spans that name people, countries, organisations and places, with a trained
 * OpenNLP name finder, gazetteers and context rules, and merges their proposals.
 */
package org.actorgraph.mention;
