package org.actorgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.actorgraph.extract.Extractor;
import org.actorgraph.extract.ExtractorConfig;
import org.actorgraph.ingest.InputProblem;
import org.actorgraph.ingest.Inputs;
import org.actorgraph.rdf.RunInfo;
import org.actorgraph.relate.CompositeRelationFinder;
import org.actorgraph.relate.Fact;
import org.actorgraph.relate.RelationFinder;
import org.actorgraph.resolve.ResolvedArticle;
import org.actorgraph.sink.RdfFileSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article on which one finder fails is stored with what the other finders found, and the run
 * reports it, naming the file and the finder.
 */
class PartialExtractionTest {

  private static final class QuoteRuleBug implements RelationFinder {
    @Override
    public List<Fact> find(ResolvedArticle article) {
      if (article.annotated().article().body().contains("said")) {
        throw new StringIndexOutOfBoundsException("begin 112, end 96");
      }
      return List.of();
    }
  }

  @Test
  void theArticleIsStoredInPartAndReported(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("one.txt"),
        "URL: https://news.freedonia.example/1\n\nFreedonian President Jane Doe met Sylvanian"
            + " Foreign Minister John Roe in Port Aster. \"We agreed,\" Doe said.\n");
    Files.writeString(
        dir.resolve("two.txt"),
        "URL: https://news.freedonia.example/2\n\nJane Doe, the president of Freedonia, visited"
            + " Port Aster on Monday.\n");
    ExtractorConfig config = ExtractorConfig.defaults().withParse(false);
    Extractor standard = Extractor.standard(config);
    Pipeline pipeline =
        new Pipeline(
            new Extractor(
                standard.iris(),
                standard.mentionFinder(),
                standard.resolver(),
                new CompositeRelationFinder(
                    List.of(standard.relationFinder(), new QuoteRuleBug()))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchRun.Summary summary;
    try (RdfFileSink sink = new RdfFileSink(out, RdfFileSink.Format.NQUADS)) {
      summary =
          new BatchRun(pipeline, new RunInfo(config.baseIri() + "run/t", "test", Instant.now()), 1)
              .run(
                  new Inputs(config.maxArticleBytes()),
                  List.of(dir),
                  new ByteArrayInputStream(new byte[0]),
                  sink,
                  (a, b, c) -> {});
    }
    assertEquals(2, summary.articles());
    assertEquals(
        List.of(
            new InputProblem(
                dir.resolve("one.txt").toString(),
                "extracted in part: QuoteRuleBug failed: java.lang.StringIndexOutOfBoundsException:"
                    + " begin 112, end 96")),
        summary.problems());
    String quads = out.toString(StandardCharsets.UTF_8);
    assertTrue(quads.contains("Sylvania"), "the other finders' facts of one.txt are stored");
  }
}
