package org.actorgraph.lexicon;

import java.util.Optional;

/**
 * The finer kinds of organisation and place the ontology knows; {@link #label()} equals the local
 * name of the ontology class ({@code ag:GovernmentBody}, {@code ag:City}, ...).
 */
public enum EntitySubtype {
  GOVERNMENT_BODY("GovernmentBody", EntityType.ORGANISATION),
  POLITICAL_PARTY("PoliticalParty", EntityType.ORGANISATION),
  INTERNATIONAL_ORGANISATION("InternationalOrganisation", EntityType.ORGANISATION),
  COMPANY("Company", EntityType.ORGANISATION),
  MEDIA_OUTLET("MediaOutlet", EntityType.ORGANISATION),
  ARMED_GROUP("ArmedGroup", EntityType.ORGANISATION),
  NGO("NGO", EntityType.ORGANISATION),
  CITY("City", EntityType.PLACE),
  REGION("Region", EntityType.PLACE),
  FACILITY("Facility", EntityType.PLACE);

  private final String label;
  private final EntityType type;

  EntitySubtype(String label, EntityType type) {
    this.label = label;
    this.type = type;
  }

  /** The ontology local name, as written in the gazetteer files. */
  public String label() {
    return label;
  }

  /** The entity type this is a subtype of. */
  public EntityType type() {
    return type;
  }

  /** The subtype whose {@link #label()} is {@code label}, if any. */
  public static Optional<EntitySubtype> fromLabel(String label) {
    for (EntitySubtype s : values()) {
      if (s.label.equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
