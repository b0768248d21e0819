package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.claims.domain.model.privacy.PersonalData;
import eu.flightclaim.claims.domain.model.privacy.RetentionPeriods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's personal data across the claims' tables, in SQL: erasure touches a dozen tables at once,
 * and the retention rule is a date computed over every claim.
 */
@ApplicationScoped
public class PersonalDataQueries extends PersistenceAdapter implements PersonalData {

    /** The statuses of a finished claim: nobody works on it any more. */
    private static final String FINISHED = "c.status IN ('PAID', 'REJECTED', 'WITHDRAWN')";
    /** The last day a claim keeps personal data (RetentionPeriods): ?1 days after the deadline, or ?2 years after its last change. */
    private static final String KEPT_UNTIL = "CASE WHEN c.deadline IS NOT NULL THEN c.deadline + ?1::int"
            + " ELSE ((c.updated_at AT TIME ZONE 'UTC')::date + make_interval(years => ?2::int))::date END";
    /** The one customer every anonymised claim belongs to (migration V2026.12.01.3). */
    static final UUID ANONYMOUS = UUID.fromString("00000000-0000-0000-0000-000000000000");
    /** The address an email that was redacted goes to, in place of the person's. */
    private static final String REDACTED = "redacted@invalid";
    /** What the account's address becomes: {@link Customer#erasedAddress}, in SQL. */
    private static final String ERASED_ADDRESS = "'" + Customer.erasedAddress(ANONYMOUS).replace(ANONYMOUS.toString(),
            "' || id || '") + "'";

    @Override
    public Optional<LocalDate> keptUntil(UUID customer, RetentionPeriods periods) {
        Object day = em.createNativeQuery("SELECT max(" + KEPT_UNTIL + ") FROM claim c WHERE c.customer_id = ?3"
                + " AND c.anonymised_at IS NULL").setParameter(1, periods.daysAfterDeadline())
                .setParameter(2, periods.yearsWithoutDeadline()).setParameter(3, customer).getSingleResult();
        return Optional.ofNullable(day).map(d -> ((Date) d).toLocalDate());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> retentionEnded(LocalDate today, RetentionPeriods periods, UUID customer, int max) {
        return em.createNativeQuery("SELECT c.id FROM claim c WHERE c.anonymised_at IS NULL AND " + FINISHED
                + " AND " + KEPT_UNTIL + " < ?3 AND (CAST(?5 AS UUID) IS NULL OR c.customer_id = CAST(?5 AS UUID))"
                + " ORDER BY c.created_at, c.id LIMIT ?4")
                .setParameter(1, periods.daysAfterDeadline()).setParameter(2, periods.yearsWithoutDeadline())
                .setParameter(3, Date.valueOf(today)).setParameter(4, max).setParameter(5, customer).getResultList();
    }

    @Override
    public void restrict(UUID customer, String email) {
        update("UPDATE claim SET restricted_at = now(), contact_phone = NULL WHERE customer_id = ?1"
                + " AND anonymised_at IS NULL", customer);
        update("DELETE FROM idempotency_key WHERE customer_id = ?1", customer);
        forgetAccount(customer, email);
    }

    @Override
    public void anonymise(UUID claim, String email) {
        String reference = (String) em.createNativeQuery("SELECT reference FROM claim WHERE id = ?1 FOR UPDATE")
                .setParameter(1, claim).getSingleResult();
        // the legs without their booking references: flights, dates and airports are statistics
        // nor whose it was: every anonymised claim belongs to the one anonymous customer
        update("UPDATE claim SET contact_phone = NULL, payout_iban_enc = NULL, payout_iban_masked = NULL,"
                + " payout_holder = NULL, consent_ip = NULL, consent_user_agent = NULL, flagged = FALSE, flag_reason = NULL,"
                + " override_reason = NULL, restricted_at = NULL, anonymised_at = now(), customer_id = '" + ANONYMOUS + "',"
                + " itinerary_json = (SELECT COALESCE(jsonb_agg(leg - 'booking' ORDER BY n), '[]'::jsonb)::text"
                + " FROM jsonb_array_elements(itinerary_json::jsonb) WITH ORDINALITY AS l(leg, n))"
                + " WHERE id = ?1", claim);
        update("UPDATE claim_passenger SET first_name = NULL, last_name = NULL, booking_reference = NULL"
                + " WHERE claim_id = ?1", claim);
        update("UPDATE claim_signature SET passenger_name = NULL, signed_by = NULL, strokes = NULL WHERE claim_id = ?1",
                claim);
        update("DELETE FROM claim_flight_key WHERE claim_id = ?1", claim);
        update("DELETE FROM claim_message WHERE claim_id = ?1", claim);
        update("DELETE FROM idempotency_key WHERE claim_id = ?1", claim);
        update("UPDATE document_request SET message = NULL WHERE claim_id = ?1", claim);
        em.createNativeQuery("UPDATE claim_event SET reason = NULL, actor = CASE WHEN lower(actor) = lower(?2)"
                + " THEN 'customer' ELSE actor END WHERE claim_id = ?1").setParameter(1, claim)
                .setParameter(2, email == null ? "" : email).executeUpdate();
        // emails about the claim, to the customer or to staff, name its people
        em.createNativeQuery("UPDATE email_outbox SET " + redacted("recipient") + " WHERE strpos(model_json, ?1) > 0"
                + " OR strpos(COALESCE(subject, ''), ?1) > 0 OR strpos(COALESCE(body_text, ''), ?1) > 0")
                .setParameter(1, reference).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> toForget(LocalDate idleSince, UUID customer, int max) {
        return em.createNativeQuery("SELECT u.id FROM customer u WHERE NOT EXISTS (SELECT 1 FROM claim c"
                + " WHERE c.customer_id = u.id AND c.anonymised_at IS NULL) AND ((u.erased_at IS NOT NULL"
                + " AND EXISTS (SELECT 1 FROM erasure_request r WHERE r.customer_id = u.id AND r.held_email IS NOT NULL))"
                + " OR (u.erased_at IS NULL AND COALESCE(u.last_login_at, u.created_at) < ?1))"
                + " AND (CAST(?3 AS UUID) IS NULL OR u.id = CAST(?3 AS UUID)) ORDER BY u.created_at, u.id LIMIT ?2")
                .setParameter(1, Date.valueOf(idleSince)).setParameter(2, max).setParameter(3, customer).getResultList();
    }

    @Override
    public void forget(UUID customer, String email) {
        forgetAccount(customer, email);
        update("UPDATE erasure_request SET held_email = NULL WHERE customer_id = ?1", customer);
    }

    @Override
    public Optional<java.time.OffsetDateTime> erasedAt(UUID customer) {
        List<?> rows = em.createNativeQuery("SELECT erased_at FROM customer WHERE id = ?1").setParameter(1, customer)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(SqlValues.offsetDateTime(rows.get(0)));
    }

    /** The account's address, or the one held for restricted claims once the customer is erased. */
    private static final String ADDRESS = "CASE WHEN u.erased_at IS NULL THEN u.email ELSE (SELECT r.held_email"
            + " FROM erasure_request r WHERE r.customer_id = u.id AND r.held_email IS NOT NULL"
            + " ORDER BY r.decided_at DESC LIMIT 1) END";

    @Override
    public Optional<String> emailOf(UUID customer) {
        return email("SELECT " + ADDRESS + " FROM customer u WHERE u.id = ?1", customer);
    }

    @Override
    public Optional<String> emailOfCustomerOf(UUID claim) {
        return email("SELECT " + ADDRESS + " FROM customer u JOIN claim c ON c.customer_id = u.id WHERE c.id = ?1", claim);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, String> emailsOf(Collection<UUID> customers) {
        Map<UUID, String> out = new HashMap<>();
        if (!customers.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("SELECT u.id, " + ADDRESS + " FROM customer u"
                    + " WHERE u.id = ANY (CAST(?1 AS UUID[]))").setParameter(1, SqlValues.uuidArray(customers))
                    .getResultList();
            rows.stream().filter(r -> r[1] != null).forEach(r -> out.put((UUID) r[0], (String) r[1]));
        }
        return out;
    }

    private Optional<String> email(String sql, UUID id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable((String) rows.get(0)); // null: erased, nothing held
    }

    /**
     * The account keeps its id (claims refer to it) and nothing that names the person. What was sent or
     * asked for under the address before the erasure goes; a new account on the same address, made after
     * it, is not touched.
     */
    private void forgetAccount(UUID customer, String email) {
        update("UPDATE customer SET email = " + ERASED_ADDRESS + ", language = NULL, last_login_at = NULL,"
                + " erased_at = COALESCE(erased_at, now()) WHERE id = ?1", customer);
        update("DELETE FROM auth_session WHERE subject = ?1::text", customer); // their refresh tokens with them
        if (email != null) {
            String before = " AND created_at <= (SELECT erased_at FROM customer WHERE id = ?2)";
            em.createNativeQuery("DELETE FROM magic_link_token WHERE lower(email) = lower(?1)" + before)
                    .setParameter(1, email).setParameter(2, customer).executeUpdate();
            em.createNativeQuery("UPDATE email_outbox SET " + redacted("'" + REDACTED + "'")
                    + " WHERE lower(recipient) = lower(?1)" + before).setParameter(1, email).setParameter(2, customer)
                    .executeUpdate();
        }
    }

    /** An email's contents gone (and its recipient, when given); one not sent yet never will be. */
    private static String redacted(String recipient) {
        return "recipient = " + recipient + ", model_json = '{}', subject = NULL, body_text = NULL, body_html = NULL,"
                + " last_error = NULL, status = CASE WHEN status IN ('PENDING', 'SENDING') THEN 'FAILED' ELSE status END,"
                + " updated_at = now()";
    }

    private void update(String sql, UUID id) {
        Query q = em.createNativeQuery(sql).setParameter(1, id);
        q.executeUpdate();
    }
}
