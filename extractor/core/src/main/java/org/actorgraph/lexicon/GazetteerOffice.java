package org.actorgraph.lexicon;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated office a field lexicon gives a person: a CAMEO actor code ({@code CANGOV}: Canada,
 * government) held from one date to another, both inclusive. An open end is unknown, not "still"
 * ("from 2006 on" in a 2014 dictionary says nothing of 2020), so a fact from the office may be
 * asserted only for a date between two known ends ({@link #holdsOn}).
 *
 * @param code the CAMEO actor code as the source wrote it
 * @param country the alpha-2 code of the country the code names, when it names one
 * @param from the first day, when known
 * @param to the last day, when known
 */
public record GazetteerOffice(
    String code, Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to) {

  public GazetteerOffice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isEmpty() && to.isEmpty()) {
      throw new IllegalArgumentException("office " + code + " has no date");
    }
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to (" + to.get() + ") before from (" + from.get() + ")");
    }
  }

  /** The role part of the code after the country ({@code GOV}, {@code GOVBUS}, {@code ELI}). */
  public String role() {
    return country.isPresent() && code.length() > 3 ? code.substring(3) : code;
  }

  /** Whether the office is known to be held on {@code date}: both ends known, date inside. */
  public boolean holdsOn(LocalDate date) {
    return from.isPresent()
        && to.isPresent()
        && !date.isBefore(from.get())
        && !date.isAfter(to.get());
  }
}
