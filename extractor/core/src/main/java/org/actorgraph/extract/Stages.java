package org.actorgraph.extract;

import java.util.List;
import java.util.Optional;
import org.actorgraph.annotate.DependencyParser;
import org.actorgraph.annotate.Nlp4jDependencyParser;
import org.actorgraph.lexicon.Gazetteer;
import org.actorgraph.mention.AcronymNameFinder;
import org.actorgraph.mention.AppositiveNameFinder;
import org.actorgraph.mention.CheckedNameFinder;
import org.actorgraph.mention.CompositeMentionFinder;
import org.actorgraph.mention.CuedNameFinder;
import org.actorgraph.mention.DatelineMentionFinder;
import org.actorgraph.mention.FacilityNounFinder;
import org.actorgraph.mention.GazetteerMentionFinder;
import org.actorgraph.mention.GivenNameFinder;
import org.actorgraph.mention.KindNameFinder;
import org.actorgraph.mention.LocatedNameFinder;
import org.actorgraph.mention.NamesakeFinder;
import org.actorgraph.mention.NicknameNameFinder;
import org.actorgraph.mention.OpenNlpNameFinder;
import org.actorgraph.mention.OutletNounFinder;
import org.actorgraph.mention.ParticlePlaceFinder;
import org.actorgraph.mention.PartyMemberFinder;
import org.actorgraph.mention.PartyNameFinder;
import org.actorgraph.mention.PatternMentionFinder;
import org.actorgraph.mention.RomanisedNameFinder;
import org.actorgraph.mention.RuleMentionFinder;
import org.actorgraph.mention.RunOnNameFinder;
import org.actorgraph.mention.SelfReferenceNameFinder;
import org.actorgraph.mention.UnitNameFinder;
import org.actorgraph.relate.AgreementFinder;
import org.actorgraph.relate.AgreementInteractions;
import org.actorgraph.relate.BodyOwners;
import org.actorgraph.relate.Capitals;
import org.actorgraph.relate.CompositeRelationFinder;
import org.actorgraph.relate.ContestFinder;
import org.actorgraph.relate.Dismissals;
import org.actorgraph.relate.ElectoralDefeats;
import org.actorgraph.relate.GazetteerRoleLexicon;
import org.actorgraph.relate.InteractionFinder;
import org.actorgraph.relate.KnownPlaces;
import org.actorgraph.relate.PartySides;
import org.actorgraph.relate.PositionFinder;
import org.actorgraph.relate.QuoteFinder;
import org.actorgraph.relate.StructureFinder;
import org.actorgraph.resolve.CompassCountries;
import org.actorgraph.resolve.CountryDescriptions;
import org.actorgraph.resolve.GovernmentCountries;
import org.actorgraph.resolve.Iris;
import org.actorgraph.resolve.NameGroupingResolver;
import org.actorgraph.resolve.OrganisationDescriptions;
import org.actorgraph.resolve.PersonDescriptions;

/** Builds the standard stages: the project's name-finder model, gazetteers and rules. */
final class Stages {

  private Stages() {}

  static Extractor standard(Iris iris, boolean parse) {
    Gazetteer gazetteer = Gazetteer.standard();
    GazetteerRoleLexicon roles = new GazetteerRoleLexicon(gazetteer);
    Optional<DependencyParser> parser =
        parse ? Optional.of(Nlp4jDependencyParser.standard()) : Optional.empty();
    PositionFinder positions = new PositionFinder(roles, parser);
    BodyOwners bodies = new BodyOwners(gazetteer);
    GivenNameFinder people = new GivenNameFinder(gazetteer);
    return new Extractor(
        iris,
        new CompositeMentionFinder(
            List.of(
                new GazetteerMentionFinder(gazetteer),
                new RuleMentionFinder(gazetteer),
                new PatternMentionFinder(gazetteer),
                new FacilityNounFinder(gazetteer, people),
                new DatelineMentionFinder(gazetteer),
                new CheckedNameFinder(OpenNlpNameFinder.fromClassPath(), gazetteer),
                people,
                new NamesakeFinder(gazetteer, people),
                new KindNameFinder(gazetteer, people),
                new SelfReferenceNameFinder(gazetteer, people),
                new CuedNameFinder(gazetteer, people),
                new OutletNounFinder(gazetteer),
                new AppositiveNameFinder(gazetteer),
                new AcronymNameFinder(),
                new PartyNameFinder(gazetteer, people),
                new PartyMemberFinder(gazetteer, people),
                new UnitNameFinder(gazetteer),
                new ParticlePlaceFinder(),
                new NicknameNameFinder(gazetteer),
                new RomanisedNameFinder(gazetteer),
                new LocatedNameFinder(gazetteer),
                new RunOnNameFinder(gazetteer, people))),
        new PersonDescriptions(
            new OrganisationDescriptions(
                new CompassCountries(
                    new CountryDescriptions(
                        new GovernmentCountries(
                            new NameGroupingResolver(iris, gazetteer::byKey), gazetteer, iris),
                        gazetteer)),
                gazetteer),
            gazetteer),
        new PartySides(
            new Dismissals(
                new ElectoralDefeats(
                    new CompositeRelationFinder(
                        List.of(
                            positions,
                            new StructureFinder(
                                new Capitals(gazetteer), new KnownPlaces(gazetteer)),
                            bodies,
                            new InteractionFinder(
                                roles,
                                new CompositeRelationFinder(List.of(positions, bodies)),
                                new Capitals(gazetteer),
                                new KnownPlaces(gazetteer),
                                parser),
                            new AgreementInteractions(
                                new AgreementFinder(
                                    roles,
                                    new CompositeRelationFinder(List.of(positions, bodies)),
                                    new Capitals(gazetteer))),
                            new QuoteFinder(roles, positions, new Capitals(gazetteer)),
                            new ContestFinder()))))));
  }
}
