package org.actorgraph.server.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Fuseki's SPARQL query operation with bounds on the public services (those without a login):
 *
 * <ul>
 *   <li>{@code SERVICE} is refused (400): the server would fetch from any site a client names;
 *   <li>a SELECT answers at most {@code maxRows} rows: every SELECT response carries the header
 *       {@value #ROW_LIMIT_HEADER} with the bound, and {@value #TRUNCATED_HEADER}{@code : true}
 *       when there were more (page with {@code LIMIT} and {@code OFFSET});
 *   <li>the rows are computed before the status line is sent, so a query stopped by the timeout
 *       ({@code arq:queryTimeout}) is a 503 "Query timed out", not a 200 with a cut-off body.
 * </ul>
 *
 * Services with a login (the admin service) keep Fuseki's streaming behaviour.
 */
public final class BoundedQueryService extends SPARQL_QueryDataset {

  /** Response header: the most rows a SELECT on a public service answers. */
  public static final String ROW_LIMIT_HEADER = "Actorgraph-Row-Limit";

  /** Response header, {@code true} when the SELECT had more rows than {@link #ROW_LIMIT_HEADER}. */
  public static final String TRUNCATED_HEADER = "Actorgraph-Truncated";

  private final int maxRows;

  /**
   * @param maxRows the most rows a SELECT on a public service answers
   */
  public BoundedQueryService(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows: expected at least 1 (found " + maxRows + ")");
    }
    this.maxRows = maxRows;
  }

  /** True if the query has a {@code SERVICE} clause anywhere, also in subqueries and EXISTS. */
  public static boolean hasService(Query query) {
    AtomicBoolean found = new AtomicBoolean();
    OpVisitorBase ops =
        new OpVisitorBase() {
          @Override
          public void visit(OpService opService) {
            found.set(true);
          }
        };
    Walker.walk(Algebra.compile(query), ops, new ExprVisitorBase());
    return found.get();
  }

  private static boolean isPublic(HttpAction action) {
    return action.getDataService().authPolicy() == null
        && (action.getEndpoint() == null || action.getEndpoint().getAuthPolicy() == null);
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    if (isPublic(action) && hasService(query)) {
      ServletOps.errorBadRequest(
          "SERVICE is not allowed on this endpoint (the server does not query other endpoints for"
              + " anonymous clients)");
    }
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    if (isPublic(action)
        && query.isSelectType()
        && (!query.hasLimit() || query.getLimit() > maxRows)) {
      // One row over the bound, to tell a full answer of maxRows rows from a cut one.
      Query capped = query.cloneQuery();
      capped.setLimit(maxRows + 1L);
      return super.createQueryExec(action, capped, dataset);
    }
    return super.createQueryExec(action, query, dataset);
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    if (!isPublic(action) || !result.isRowSet()) {
      super.sendResults(action, result, prologue);
      return;
    }
    RowSet rows = result.rowSet();
    List<Var> vars = rows.getResultVars();
    List<Binding> buffered = new ArrayList<>();
    // Runs the query to its end (or its timeout) before anything is written.
    while (buffered.size() <= maxRows && rows.hasNext()) {
      buffered.add(rows.next());
    }
    action.setResponseHeader(ROW_LIMIT_HEADER, Integer.toString(maxRows));
    if (buffered.size() > maxRows) {
      buffered = buffered.subList(0, maxRows);
      action.setResponseHeader(TRUNCATED_HEADER, "true");
      action.log.info(
          "[{}] answer cut at {} rows ({}: true)", action.id, maxRows, TRUNCATED_HEADER);
    }
    super.sendResults(
        action, new QueryExecResult(RowSetStream.create(vars, buffered.iterator())), prologue);
  }
}
