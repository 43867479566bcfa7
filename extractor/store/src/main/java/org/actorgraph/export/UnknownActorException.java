package org.actorgraph.export;

/**
 * The actor a filter names is not in the graph, or several actors have that name. The message does
 * not name the option: the command line says {@code --actor}, the server {@code actor}.
 */
public final class UnknownActorException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnknownActorException(String message) {
    super(message);
  }
}
