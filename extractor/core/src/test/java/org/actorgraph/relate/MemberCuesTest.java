package org.actorgraph.relate;

import static org.actorgraph.relate.MemberListsTest.assertAll3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Members that a cue after the organisation's name lists, in the world of {@link MemberListsTest}.
 */
class MemberCuesTest {

  private static Set<String> members(String body) {
    return MemberListsTest.world().memberships(body);
  }

  @Test
  void aListAfterComprisingNamesTheMembers() {
    assertAll3(
        members("The Trio Framework, comprising Freedonia, Sylvania and Ruritania, met today."),
        "Trio");
    assertAll3(
        members("The Trio Framework, made up of Freedonia, Sylvania and Ruritania, met."), "Trio");
  }

  @Test
  void aPluralNounForItsStatesMayDescribeTheBlocBeforeItsList() {
    assertAll3(
        members(
            "The Trio Framework industrialised nations - Freedonia, Sylvania and Ruritania -"
                + " announced a plan."),
        "Trio");
    assertAll3(
        members("The Trio Framework economies (Freedonia, Sylvania and Ruritania) grew."), "Trio");
    assertEquals(
        Set.of(),
        members("The Trio Framework spent - Freedonia, Sylvania and Ruritania said - too much."),
        "no plural noun of states before the dash");
  }

  @Test
  void countriesThatFormedTheBlocAreItsMembersButAFounderIsNoMember() {
    assertAll3(
        members("The Trio Framework, formed by Freedonia, Sylvania and Ruritania, met today."),
        "Trio");
    assertEquals(Set.of(), members("The Unity Party, founded by Jane Doe and John Roe, met."));
  }

  @Test
  void aVerbOfCompositionAfterTheBlocNamesTheMembers() {
    assertAll3(members("The Trio Framework groups Freedonia, Sylvania and Ruritania."), "Trio");
    assertAll3(members("The Trio Framework comprises Freedonia, Sylvania and Ruritania."), "Trio");
  }

  @Test
  void aVagueCueNeedsTwoCountries() {
    assertTrue(members("The Northern Union - Freedonia talks began.").isEmpty());
  }

  @Test
  void aPartnershipBetweenCountries() {
    Set<String> found =
        members("The Trio Framework – a partnership from 2009 between Freedonia and Sylvania.");
    assertTrue(found.contains("Freedonia memberOf Trio"), found.toString());
    assertTrue(found.contains("Sylvania memberOf Trio"), found.toString());
  }

  @Test
  void aListIncludedAsObserversIsNoMembers() {
    assertEquals(
        Set.of(),
        members("The Northern Union, which includes Freedonia and Sylvania as observers, met."));
  }

  @Test
  void aBlocNounAfterTheNameStillOpensTheList() {
    assertAll3(
        members("The Northern Union bloc, which includes Freedonia, Sylvania and Ruritania, met."),
        "Union");
  }

  @Test
  void aCountedMemberNounMayStandBeforeTheList() {
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members(
            "The Northern Union is made up of 27 member states, including Freedonia and"
                + " Sylvania."));
    assertEquals(
        Set.of("Freedonia memberOf Union", "Sylvania memberOf Union"),
        members(
            "The Northern Union, which now comprises ten countries including Freedonia and"
                + " Sylvania, met."));
  }

  @Test
  void whatTheBlocIncludesOfACountryIsNoMembership() {
    assertEquals(
        Set.of(),
        members("The Northern Union, which includes Freedonia and Sylvania's ports, met."));
  }
}
