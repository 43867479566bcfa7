package org.actorgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The actorgraph ontology's terms ({@code ontology/actorgraph.ttl}). Each constant's name equals
 * the term's local name; {@code VocabularyTest} checks that every constant is declared in the
 * ontology with a label and a comment.
 */
public final class AG {

  public static final String NS = "https://w3id.org/actorgraph/ns#";
  public static final String CAMEO = "https://w3id.org/actorgraph/cameo/";

  private AG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  /** The CAMEO root category concept for a two-digit code such as {@code "04"}. */
  public static Resource cameo(String code) {
    return ResourceFactory.createResource(CAMEO + code);
  }

  // Actors and places
  public static final Resource Actor = resource("Actor");
  public static final Resource Person = resource("Person");
  public static final Resource Organisation = resource("Organisation");
  public static final Resource GovernmentBody = resource("GovernmentBody");
  public static final Resource PoliticalParty = resource("PoliticalParty");
  public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
  public static final Resource Company = resource("Company");
  public static final Resource MediaOutlet = resource("MediaOutlet");
  public static final Resource ArmedGroup = resource("ArmedGroup");
  public static final Resource NGO = resource("NGO");
  public static final Resource Country = resource("Country");
  public static final Resource Place = resource("Place");
  public static final Resource City = resource("City");
  public static final Resource Region = resource("Region");
  public static final Resource Facility = resource("Facility");

  // Articles, sentences, mentions, runs
  public static final Resource Article = resource("Article");
  public static final Resource Sentence = resource("Sentence");
  public static final Resource Mention = resource("Mention");
  public static final Resource ExtractionRun = resource("ExtractionRun");

  // Assertions (n-ary facts)
  public static final Resource Assertion = resource("Assertion");
  public static final Resource Position = resource("Position");
  public static final Resource Membership = resource("Membership");
  public static final Resource PartWhole = resource("PartWhole");
  public static final Resource Location = resource("Location");
  public static final Resource Interaction = resource("Interaction");
  public static final Resource Agreement = resource("Agreement");
  public static final Resource Quote = resource("Quote");
  public static final Resource Contest = resource("Contest");

  // What one article says about an entity or fact
  public static final Resource ArticleView = resource("ArticleView");
  public static final Property viewOf = property("viewOf");

  // Agreement forms
  public static final Resource Treaty = resource("Treaty");
  public static final Resource Memorandum = resource("Memorandum");
  public static final Resource Contract = resource("Contract");
  public static final Resource Ceasefire = resource("Ceasefire");

  // Concept schemes and their concepts
  public static final Resource AgreementKind = resource("AgreementKind");
  public static final Resource AgreementStatus = resource("AgreementStatus");
  public static final Resource RoleStatus = resource("RoleStatus");

  public static final Resource kindAlliance = resource("kindAlliance");
  public static final Resource kindDefence = resource("kindDefence");
  public static final Resource kindSecurity = resource("kindSecurity");
  public static final Resource kindTrade = resource("kindTrade");
  public static final Resource kindPeace = resource("kindPeace");
  public static final Resource kindDiplomatic = resource("kindDiplomatic");
  public static final Resource kindArms = resource("kindArms");
  public static final Resource kindEconomic = resource("kindEconomic");
  public static final Resource kindOther = resource("kindOther");

  public static final Resource statusProposed = resource("statusProposed");
  public static final Resource statusNegotiating = resource("statusNegotiating");
  public static final Resource statusAnnounced = resource("statusAnnounced");
  public static final Resource statusSigned = resource("statusSigned");
  public static final Resource statusRatified = resource("statusRatified");
  public static final Resource statusInForce = resource("statusInForce");
  public static final Resource statusRejected = resource("statusRejected");
  public static final Resource statusEnded = resource("statusEnded");

  public static final Resource roleCurrent = resource("roleCurrent");
  public static final Resource roleFormer = resource("roleFormer");
  public static final Resource roleActing = resource("roleActing");
  public static final Resource roleElect = resource("roleElect");

  // Entity properties
  public static final Property wikidataId = property("wikidataId");
  public static final Property isoCode = property("isoCode");
  public static final Property denotedBy = property("denotedBy");
  public static final Property mentionedIn = property("mentionedIn");
  public static final Property confidence = property("confidence");
  public static final Property citizenOf = property("citizenOf");
  public static final Property foundedBy = property("foundedBy");

  // Article, sentence and mention properties
  public static final Property articleId = property("articleId");
  public static final Property headline = property("headline");
  public static final Property url = property("url");
  public static final Property datePublished = property("datePublished");
  public static final Property author = property("author");
  public static final Property publisher = property("publisher");
  public static final Property language = property("language");
  public static final Property body = property("body");
  public static final Property extractedAt = property("extractedAt");
  public static final Property extractorVersion = property("extractorVersion");
  public static final Property extractedBy = property("extractedBy");
  public static final Property article = property("article");
  public static final Property sentence = property("sentence");
  public static final Property sentenceIndex = property("sentenceIndex");
  public static final Property beginIndex = property("beginIndex");
  public static final Property endIndex = property("endIndex");
  public static final Property anchorOf = property("anchorOf");
  public static final Property text = property("text");

  // Assertion properties
  public static final Property evidence = property("evidence");
  public static final Property holder = property("holder");
  public static final Property organisation = property("organisation");
  public static final Property role = property("role");
  public static final Property roleStatus = property("roleStatus");
  public static final Property startDate = property("startDate");
  public static final Property endDate = property("endDate");
  public static final Property member = property("member");
  public static final Property part = property("part");
  public static final Property whole = property("whole");
  public static final Property located = property("located");
  public static final Property location = property("location");
  public static final Property source = property("source");
  public static final Property target = property("target");
  public static final Property cameo = property("cameo");
  public static final Property trigger = property("trigger");
  public static final Property date = property("date");
  public static final Property party = property("party");
  public static final Property agreementKind = property("agreementKind");
  public static final Property status = property("status");
  public static final Property place = property("place");
  public static final Property speaker = property("speaker");
  public static final Property contestant = property("contestant");
  public static final Property winner = property("winner");

  // Materialised direct properties
  public static final Property holdsPositionIn = property("holdsPositionIn");
  public static final Property headOf = property("headOf");
  public static final Property memberOf = property("memberOf");
  public static final Property partOf = property("partOf");
  public static final Property locatedIn = property("locatedIn");
  public static final Property interactsWith = property("interactsWith");
  public static final Property partyTo = property("partyTo");
  public static final Property opponentOf = property("opponentOf");
  public static final Property quoted = property("quoted");

  // The store's summary (counts kept at load time, in the stored default graph; StoreSummary)
  public static final Resource Summary = resource("Summary");
  public static final Property articleCount = property("articleCount");
  public static final Property factArticleCount = property("factArticleCount");
  public static final Property sourceCount = property("sourceCount");
  public static final Property countedFact = property("countedFact");
  public static final Property countedSource = property("countedSource");
  public static final Property sourceArticleCount = property("sourceArticleCount");
  public static final Property firstActor = property("firstActor");
  public static final Property secondActor = property("secondActor");
  public static final Property sentenceCount = property("sentenceCount");
  public static final Property pairArticleCount = property("pairArticleCount");
  public static final Property descriptionCount = property("descriptionCount");
  public static final Property countedPosition = property("countedPosition");
  public static final Property spanStart = property("spanStart");
  public static final Property spanEnd = property("spanEnd");
  public static final Property currentArticleCount = property("currentArticleCount");
  public static final Property currentOffice = property("currentOffice");
  public static final Property holderCount = property("holderCount");
  public static final Property exampleArticleId = property("exampleArticleId");
}
