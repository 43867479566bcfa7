/**
 * Wires the stages together ({@link org.actorgraph.pipeline.Pipeline}) and runs them over many
 * inputs ({@link org.actorgraph.pipeline.BatchRun}); nowhere else knows the order of the stages.
 */
package org.actorgraph.pipeline;
