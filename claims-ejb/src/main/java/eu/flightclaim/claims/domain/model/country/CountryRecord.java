package eu.flightclaim.claims.domain.model.country;

/** One line of {@code reference/countries.tsv}: code, name, membership. */
public record CountryRecord(String code, String name, Membership membership) {

    public static CountryRecord parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !f[0].matches("[A-Z]{2}") || f[1].isBlank()) {
            throw new IllegalArgumentException("expected code, name, membership");
        }
        return new CountryRecord(f[0], f[1], Membership.valueOf(f[2]));
    }
}
