package org.actorgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

  /** Splits RFC 4180 text into rows of cells (quoted cells may hold commas, quotes, breaks). */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void nodeTableHasGephiAndNeo4jColumnsAndQuotesWhatNeedsIt(@TempDir Path dir) throws Exception {
    new CsvWriter().writeFolder(SmallNetwork.network(), dir);
    List<List<String>> rows = parse(Files.readString(dir.resolve("nodes.csv")));
    List<String> header = rows.get(0);
    assertTrue(header.containsAll(List.of("Id", "Label", ":ID", ":LABEL")), header.toString());
    assertEquals(5, rows.size());
    Map<String, String> jane = cells(header, rows.get(3));
    assertEquals("Jane \"JD\" Doe, <Jr.> & co", jane.get("Label"));
    assertEquals(SmallNetwork.JANE, jane.get(":ID"));
    assertEquals("Person", jane.get(":LABEL"));
    assertEquals("1", jane.get("articles:int"));
  }

  @Test
  void edgeTableHasGephiAndNeo4jColumns(@TempDir Path dir) throws Exception {
    new CsvWriter().writeFolder(SmallNetwork.network(), dir);
    List<List<String>> rows = parse(Files.readString(dir.resolve("edges.csv")));
    List<String> header = rows.get(0);
    assertTrue(
        header.containsAll(
            List.of("Source", "Target", "Type", "Kind", "Weight", ":START_ID", ":END_ID", ":TYPE")),
        header.toString());
    Map<String, String> consult = cells(header, rows.get(1));
    assertEquals("Directed", consult.get("Type"));
    assertEquals("Interaction-04", consult.get("Kind"));
    assertEquals("3", consult.get("Weight"));
    assertEquals("Interaction", consult.get(":TYPE"));
    assertEquals(SmallNetwork.FREEDONIA, consult.get(":START_ID"));
    assertEquals("2025-03-01", consult.get("firstDate:date"));
    Map<String, String> agreement = cells(header, rows.get(2));
    assertEquals("Undirected", agreement.get("Type"));
    assertEquals("", agreement.get("firstDate:date"));
    for (List<String> r : rows) {
      assertEquals(header.size(), r.size(), r.toString());
    }
  }

  @Test
  void asOneStreamTheTablesAreAZip() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvWriter().write(SmallNetwork.network(), out);
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(List.of("nodes.csv", "edges.csv"), List.copyOf(entries.keySet()));
    assertEquals(4, parse(entries.get("edges.csv")).size());
  }

  private static Map<String, String> cells(List<String> header, List<String> row) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), row.get(i));
    }
    return m;
  }
}
