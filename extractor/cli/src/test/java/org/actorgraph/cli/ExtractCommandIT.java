package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command end to end: real models, real files, bad inputs among good ones. */
class ExtractCommandIT {

  @TempDir Path dir;

  private record Result(int code, String err) {}

  private Result run(String... args) {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.run(args);
      return new Result(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  void badInputsAreNamedAndTheRestIsExtracted() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("samples/seed-ecuador-noboa.txt"), in.resolve("seed.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(
        in.resolve("latin1.txt"),
        "Jos\u00e9 Mar\u00eda Aznar".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        in.resolve("spanish.txt"),
        "El presidente de Ecuador, Daniel Noboa, dijo en una entrevista exclusiva que su gobierno"
            + " quiere recibir el apoyo de los Estados Unidos en la lucha contra las bandas"
            + " criminales. La Policía Nacional afirma que el comienzo del año fue el más violento"
            + " de la historia del país, con más de dos mil quinientos homicidios.");
    Files.writeString(
        in.resolve("feed.jsonl"), "{\"id\":\"a\",\"text\":\"Sweden joined NATO.\"}\n{oops\n");
    Path out = dir.resolve("out.trig");

    Result r = run("extract", "-o", out.toString(), in.toString());

    assertEquals(Main.SOME_INPUTS_FAILED, r.code(), r.err());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    assertTrue(r.err().contains("binary.txt: binary file"), r.err());
    assertTrue(r.err().contains("latin1.txt: invalid UTF-8"), r.err());
    assertTrue(r.err().contains("spanish.txt: not English"), r.err());
    assertTrue(r.err().contains("feed.jsonl:2: malformed JSON"), r.err());
    assertTrue(r.err().contains("2 articles"), r.err());
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, out.toString());
    assertEquals(2, ds.asDatasetGraph().size(), "one named graph per good article");
  }

  @Test
  void writesEachFormat() throws IOException {
    Path seed = Path.of("samples/seed-ecuador-noboa.txt");
    for (String format : new String[] {"trig", "nquads", "turtle", "jsonld"}) {
      Path out = dir.resolve("out." + format);
      Result r = run("extract", "-f", format, "-o", out.toString(), seed.toString());
      assertEquals(Main.OK, r.code(), r.err());
      assertTrue(Files.size(out) > 1000, format);
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Result r = run("extract", "-f", "xml", "samples/seed-ecuador-noboa.txt");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("unknown format 'xml'"), r.err());
  }
}
