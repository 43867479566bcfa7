package org.actorgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Two CSV tables (RFC 4180, UTF-8, comma separated), {@code nodes.csv} and {@code edges.csv}, with
 * headers that both Gephi's spreadsheet import and {@code neo4j-admin database import} read:
 *
 * <ul>
 *   <li>nodes: {@value #NODE_HEADER}. Gephi takes {@code Id} and {@code Label} and imports the rest
 *       as attributes; Neo4j takes {@code :ID} (the IRI) and {@code :LABEL} (the type, e.g. {@code
 *       Person}) and the rest as properties, {@code articles} as an integer.
 *   <li>edges: {@value #EDGE_HEADER}. Gephi takes {@code Source}, {@code Target}, {@code Type}
 *       (Directed or Undirected), {@code Kind} (keeps parallel edges of different kinds apart),
 *       {@code Id}, {@code Label} and {@code Weight} (the number of facts); Neo4j takes {@code
 *       :START_ID}, {@code :END_ID} and {@code :TYPE} (the kind, e.g. {@code Interaction}) and the
 *       rest as properties, with {@code facts} an integer, {@code confidence} a float and the dates
 *       as dates.
 * </ul>
 *
 * As a single stream ({@link #write}) the two tables are the entries of a zip file.
 */
public final class CsvWriter implements NetworkWriter {

  public static final String NODE_HEADER = "Id,Label,type,wikidata,articles:int,:ID,:LABEL";
  public static final String EDGE_HEADER =
      "Source,Target,Type,Kind,Id,Label,Weight,cameo,confidence:float,facts:int,"
          + "firstDate:date,lastDate:date,:START_ID,:END_ID,:TYPE";

  public static final String NODES_FILE = "nodes.csv";
  public static final String EDGES_FILE = "edges.csv";

  /** Writes a zip file holding {@code nodes.csv} and {@code edges.csv}. */
  @Override
  public void write(ActorNetwork network, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.putNextEntry(new ZipEntry(NODES_FILE));
    writeNodes(network, zip);
    zip.closeEntry();
    zip.putNextEntry(new ZipEntry(EDGES_FILE));
    writeEdges(network, zip);
    zip.closeEntry();
    zip.finish();
  }

  /** Writes {@code nodes.csv} and {@code edges.csv} into {@code folder}, creating it if needed. */
  public void writeFolder(ActorNetwork network, Path folder) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(NODES_FILE))) {
      writeNodes(network, out);
    }
    try (OutputStream out = Files.newOutputStream(folder.resolve(EDGES_FILE))) {
      writeEdges(network, out);
    }
  }

  /** Writes the node table (left open). */
  public void writeNodes(ActorNetwork network, OutputStream out) throws IOException {
    Writer w = writer(out);
    w.write(NODE_HEADER + "\r\n");
    for (ActorNode n : network.nodes()) {
      row(
          w,
          List.of(
              n.id(),
              n.label(),
              n.type(),
              orEmpty(n.wikidataId()),
              Integer.toString(n.articles()),
              n.id(),
              n.type()));
    }
    w.flush();
  }

  /** Writes the edge table (left open). */
  public void writeEdges(ActorNetwork network, OutputStream out) throws IOException {
    Writer w = writer(out);
    w.write(EDGE_HEADER + "\r\n");
    for (RelationEdge e : network.edges()) {
      String weight = Integer.toString(e.weight());
      row(
          w,
          List.of(
              e.source(),
              e.target(),
              e.directed() ? "Directed" : "Undirected",
              Relations.typeName(e),
              e.id(),
              e.label(),
              weight,
              orEmpty(e.cameo()),
              Double.toString(e.confidence()),
              weight,
              e.firstDate() == null ? "" : e.firstDate().toString(),
              e.lastDate() == null ? "" : e.lastDate().toString(),
              e.source(),
              e.target(),
              e.kind().name()));
    }
    w.flush();
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
