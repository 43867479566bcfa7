package org.actorgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.actorgraph.extract.Extraction;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.Article;
import org.actorgraph.pipeline.Pipeline;
import org.actorgraph.rdf.ArticleGraph;
import org.actorgraph.rdf.RunInfo;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names with quotes, brackets, angle brackets, braces, emoji and right-to-left text run through the
 * whole pipeline to TriG and N-Quads, and the output parses back into the same dataset.
 */
class OddCharacterNamesIT {

  private static final String BODY =
      "President Zoë \"Kiki\" O'Brien-Ñúñez met Foreign Minister Ahmed {Al} <Rashid> in Quito."
          + " Minister Marco 🚀 Rocket said the United States backs Ecuador.\n"
          + "President محمد عبد الله spoke with Sheikh Tamim} and General Ana [Ruiz] Ortega.\n"
          + "The Organisation \u202eof Odd\u202c Names (OON) met the \"Quote Party\" and"
          + " the <Angle> Party in Bogotá; President Back\\slash Smith`s aide agreed.";

  static List<Lang> formats() {
    return List.of(Lang.TRIG, Lang.NQUADS);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void oddNamesGiveOutputThatParsesBackToTheSameDataset(Lang lang) {
    ExtractorConfig config = ExtractorConfig.defaults();
    Pipeline pipeline = Pipeline.standard(config);
    Extraction extraction = pipeline.extract(Article.of("odd-names", BODY));
    assertTrue(
        extraction.resolved().entities().stream()
            .anyMatch(e -> e.label().chars().anyMatch(c -> c > 127 || "\"'<>{}[]".indexOf(c) >= 0)),
        "no entity with an odd character was found, so the test proves nothing: "
            + extraction.resolved().entities());
    ArticleGraph g =
        pipeline.toGraph(
            extraction, new RunInfo(config.baseIri() + "run/odd", "test", Instant.now()));
    Dataset written = DatasetFactory.create();
    written.asDatasetGraph().addGraph(g.name(), g.graph());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, written, lang);
    String text = out.toString(StandardCharsets.UTF_8);
    Dataset read = DatasetFactory.create();
    RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
        .lang(lang)
        .strict(true)
        .checking(true)
        .parse(read.asDatasetGraph());

    assertFalse(read.asDatasetGraph().isEmpty(), "nothing read back from\n" + text);
    assertTrue(
        IsoMatcher.isomorphic(written.asDatasetGraph(), read.asDatasetGraph()),
        "read-back dataset differs from the written one:\n" + text);
  }
}
