package org.actorgraph.flink;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The job embeds the extractor and its graphs only (actorgraph-core and actorgraph-rdf): no store,
 * server or command line, so that a task manager holds the models and nothing else.
 */
class JobLayerTest {

  @Test
  void theJobUsesOnlyTheExtractorAndItsGraphs() {
    JavaClasses job =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.actorgraph.flink");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.actorgraph.store..",
            "org.actorgraph.server..",
            "org.actorgraph.remove..",
            "org.actorgraph.query..",
            "org.actorgraph.export..",
            "org.actorgraph.replica..",
            "org.actorgraph.cli..",
            "org.apache.jena.tdb2..",
            "org.apache.jena.fuseki..")
        .check(job);
  }
}
