package org.actorgraph.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

  /** A Saturday. */
  private static final Optional<LocalDate> BASE = Optional.of(LocalDate.of(2023, 5, 13));

  private static String date(String text) {
    return RelativeDates.find(text, BASE).orElse("none");
  }

  @Test
  void aWeekdayIsTheLastSuchDayOnOrBeforeTheArticle() {
    assertEquals("2023-05-10", date("The two signed the accord on Wednesday."));
  }

  @Test
  void aMonthIsTheLastSuchMonthNotAfterTheArticle() {
    assertEquals("2023-03", date("They agreed in March to talk again."));
    assertEquals("2022-09", date("They agreed in September to talk again."));
  }

  @Test
  void aMonthStillToComeIsTheNextSuchMonth() {
    assertEquals(
        "2024-03",
        date("The two countries would sign a memorandum on energy cooperation in March."));
    assertEquals("2023-09", date("They will sign the accord in September."));
    assertEquals("2023-06-02", date("The pact is due to be signed on June 2."));
    assertEquals("2022-09", date("They signed the accord in September."));
  }

  @Test
  void lastMonthAndLastYearCountBackFromTheArticle() {
    assertEquals("2023-04", date("The deal clinched last month covers tanks."));
    assertEquals("2022", date("The pact signed last year expires soon."));
  }

  @Test
  void explicitDatesNeedNoArticleDate() {
    assertEquals(
        Optional.of("2021-03-12"),
        RelativeDates.find("signed on March 12, 2021", Optional.empty()));
    assertEquals(Optional.of("2021-03"), RelativeDates.find("in March 2021", Optional.empty()));
  }

  @Test
  void aYearAloneIsTheLeastPreciseDate() {
    assertEquals(Optional.of("2019"), RelativeDates.find("In 2019, they signed", Optional.empty()));
    assertEquals(Optional.of("2016"), RelativeDates.find("in force since 2016", Optional.empty()));
    assertEquals(
        "none", RelativeDates.find("the 2019-2020 season", Optional.empty()).orElse("none"));
    assertEquals(
        Optional.of("2021-03"),
        RelativeDates.find("in 2019 and again in March 2021", Optional.empty()));
  }

  @Test
  void theDayOfAReportIsNotTheDayOfTheDeed() {
    assertEquals(
        "2023-05-11",
        date("The ministry said on Friday that the contract was signed on Thursday."));
    assertEquals("none", date("The two sides have a deal, the ministry said on Friday."));
    assertEquals(
        Optional.of("2023-05-12"),
        RelativeDates.reported("The two sides have a deal, the ministry said on Friday.", BASE));
  }

  @Test
  void aFutureWeekdayIsTheNextSuchDay() {
    assertEquals("2023-05-19", date("Freedonia and Sylvania will sign the pact on Friday."));
    assertEquals("2023-05-17", date("The ministers are expected to sign it on Wednesday."));
  }

  @Test
  void theWeekdayAfterTheArticleDateIsThatDay() {
    // An article dated in a time zone behind the place where it happened.
    assertEquals("2023-05-14", date("Port Aster and Sylvania on Sunday signed a defence accord."));
  }

  @Test
  void aDeadlineIsNotTheDateOfTheAgreement() {
    assertEquals(
        "none", date("The declaration said talks would begin by the end of February 2024."));
    assertEquals("2023-05-10", date("The accord, signed on Wednesday, runs until March 2030."));
  }

  @Test
  void announcingAnAgreementOnADayDatesIt() {
    assertEquals("2023-05-12", date("Freedonia and Sylvania announced Friday an agreement."));
    assertEquals("none", date("Freedonia announced Friday that it had a deal with Sylvania."));
  }

  @Test
  void agencyMonthAbbreviationsWithTheirFullStopAreMonths() {
    assertEquals("2023-01-01", date("The accord, which took effect on Jan. 1, cuts tariffs."));
    assertEquals("2022-09-05", date("The pact was signed on Sept. 5 in the capital."));
    assertEquals("2021-12-14", date("They signed it Dec. 14, 2021."));
    assertEquals("2023-02-19", date("signed on 19 Feb. in the capital"));
    assertEquals("none", date("Jan Kowalski signed the accord."));
  }

  @Test
  void lastWeekIsTheMonthMostOfItsDaysFallIn() {
    assertEquals("2023-05", date("The two sides signed a pact last week."));
    assertEquals(
        Optional.of("2024-02"),
        RelativeDates.find("a pact signed last week", Optional.of(LocalDate.of(2024, 3, 5))));
    assertEquals("2023-05", date("They met earlier this week to sign the accord."));
  }

  @Test
  void aTimeAgoCountsBackAtThePrecisionOfItsUnit() {
    assertEquals("2021", date("The two signed the treaty two years ago."));
    assertEquals("2013", date("They signed a fisheries accord a decade ago."));
    assertEquals("2023-02", date("The pact was signed three months ago."));
    assertEquals("2023-05-10", date("The pact was signed three days ago."));
    assertEquals("2023", date("The two signed a migration accord earlier this year."));
  }

  @Test
  void anEntryIntoForceStillToComeIsNotTheDateOfTheDeed() {
    assertEquals("2023-05-08", date("They signed it on Monday, and it takes effect on 1 June."));
    assertEquals("2023-05-08", date("They signed a pact on Monday that will take effect in July."));
    assertEquals("none", date("The accord will enter into force in September."));
    assertEquals("2023-01-01", date("The accord, which took effect on Jan. 1, cuts tariffs."));
  }
}
