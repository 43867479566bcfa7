/** The {@code actorgraph} command line: parses options, calls the pipeline, reports. */
package org.actorgraph.cli;
