package eu.flightclaim.claims.domain.model.privacy;

/**
 * How long personal data is kept (GDPR Art. 5(1)(e)). A claim that is finished (paid, rejected or
 * withdrawn) keeps it until its limitation deadline plus {@code daysAfterDeadline} (a claim lodged on
 * the last day still reaches us); a claim without a known deadline until {@code yearsWithoutDeadline}
 * after its last change. A claim still being worked keeps it. An account none of whose claims holds
 * personal data any more is forgotten {@code idleAccountDays} after its last sign-in.
 */
public record RetentionPeriods(int daysAfterDeadline, int yearsWithoutDeadline, int idleAccountDays) {

    public RetentionPeriods {
        if (daysAfterDeadline < 0 || daysAfterDeadline > 3650) {
            throw new IllegalArgumentException("FC_RETENTION_DAYS_AFTER_DEADLINE must be 0 to 3650 days, not "
                    + daysAfterDeadline);
        }
        if (yearsWithoutDeadline < 1 || yearsWithoutDeadline > 30) {
            throw new IllegalArgumentException("FC_RETENTION_YEARS_WITHOUT_DEADLINE must be 1 to 30 years, not "
                    + yearsWithoutDeadline);
        }
        if (idleAccountDays < 1 || idleAccountDays > 3650) {
            throw new IllegalArgumentException("FC_RETENTION_IDLE_ACCOUNT_DAYS must be 1 to 3650 days, not "
                    + idleAccountDays);
        }
    }
}
