package org.actorgraph.train;

import java.util.List;

/** The name types the project's model is trained on, as OpenNLP type strings. */
public final class NameTypes {

  public static final String PERSON = "person";
  public static final String ORGANIZATION = "organization";
  public static final String LOCATION = "location";

  /** All three, in report order. */
  public static final List<String> ALL = List.of(PERSON, ORGANIZATION, LOCATION);

  private NameTypes() {}
}
