package org.actorgraph.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of README "How it works": core (Jena-free extraction) -> rdf -> store -> server,
 * eval and train beside them, cli on top. Maven keeps modules from reaching up; these rules keep
 * packages in order inside and across modules, and keep the embeddable core free of RDF, servers
 * and logging backends.
 */
class ArchitectureTest {

  private static final String[] CORE = {
    "org.actorgraph.text..",
    "org.actorgraph.ingest..",
    "org.actorgraph.annotate..",
    "org.actorgraph.lexicon..",
    "org.actorgraph.mention..",
    "org.actorgraph.resolve..",
    "org.actorgraph.relate..",
    "org.actorgraph.extract.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // test fixtures shared between modules come in test jars
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.actorgraph");
  }

  @Test
  void everyModuleIsImported() {
    for (String pkg :
        new String[] {
          "org.actorgraph.extract", "org.actorgraph.rdf", "org.actorgraph.store",
          "org.actorgraph.server", "org.actorgraph.eval", "org.actorgraph.train",
          "org.actorgraph.replica", "org.actorgraph.cli"
        }) {
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().equals(pkg)),
          pkg + " was not imported: the rules would check nothing");
    }
  }

  @Test
  void layersOnlyUseTheLayersBelow() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy(CORE)
        .layer("rdf")
        .definedBy(
            "org.actorgraph.vocab..",
            "org.actorgraph.rdf..",
            "org.actorgraph.pipeline..",
            "org.actorgraph.sink..")
        .layer("store")
        .definedBy(
            "org.actorgraph.store..",
            "org.actorgraph.remove..",
            "org.actorgraph.query..",
            "org.actorgraph.export..")
        .layer("server")
        .definedBy("org.actorgraph.server..", "org.actorgraph.docs..")
        .layer("eval")
        .definedBy("org.actorgraph.eval..")
        .layer("train")
        .definedBy("org.actorgraph.train..")
        .layer("replica")
        .definedBy("org.actorgraph.replica..")
        .layer("cli")
        .definedBy("org.actorgraph.cli..", "org.actorgraph.bench..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("replica")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("server")
        .mayOnlyBeAccessedByLayers("replica", "cli")
        .whereLayer("eval")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("train")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("server", "replica", "cli")
        .whereLayer("rdf")
        .mayOnlyBeAccessedByLayers("store", "server", "replica", "eval", "cli")
        .check(classes);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("org.actorgraph.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theCoreNeedsNoRdfServerOrLoggingBackend() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.jena..",
            "org.eclipse.jetty..",
            "jakarta.servlet..",
            "picocli..",
            "org.apache.logging.log4j..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineChoosesTheLoggingBackend() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.actorgraph.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.logging.log4j..", "picocli..")
        .check(classes);
  }
}
