package eu.flightclaim.claims.domain.model.compensation;

import java.time.LocalDate;

/**
 * How long a passenger has to claim in one country's courts (national law: C-139/11 Moré v KLM),
 * with the source it comes from.
 */
public record LimitationPeriod(String countryCode, int amount, Unit unit, boolean endsAtYearEnd, String basis) {

    public enum Unit { YEARS, MONTHS }

    /** One line of {@code reference/limitation-periods.tsv}. */
    public static LimitationPeriod parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5 || !f[0].matches("[A-Z]{2}") || !f[3].matches("true|false") || f[4].isBlank()) {
            throw new IllegalArgumentException("expected country, amount, unit, ends-at-year-end, basis");
        }
        return new LimitationPeriod(f[0], Integer.parseInt(f[1]), Unit.valueOf(f[2]), Boolean.parseBoolean(f[3]), f[4]);
    }

    /** The last day to claim for a flight on {@code flightDate}. */
    public LocalDate deadline(LocalDate flightDate) {
        if (endsAtYearEnd) {
            // e.g. Germany: the period starts at the end of the year the claim arose in
            return LocalDate.of(flightDate.getYear() + amount, 12, 31);
        }
        return unit == Unit.YEARS ? flightDate.plusYears(amount) : flightDate.plusMonths(amount);
    }
}
