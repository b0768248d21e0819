package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.Slice;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.EmailMessageRepository;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/** Outbox messages with JPA. Runs in the caller's transaction; delivery is {@link SqlOutboxDelivery}'s. */
@ApplicationScoped
public class JpaEmailMessageRepository extends PersistenceAdapter implements EmailMessageRepository {

    @Override
    public void add(EmailMessage message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public Optional<EmailMessage> find(long id) {
        return Optional.ofNullable(em.find(EmailMessage.class, id));
    }

    @Override
    public Slice<EmailMessage> list(EmailStatus status, String recipientPrefix, int page, int size) {
        String where = " WHERE (:status IS NULL OR e.status = :status) AND LOWER(e.recipient) LIKE :recipient";
        String recipient = PrefixSearch.likePrefix(recipientPrefix);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM EmailMessage e" + where, Long.class);
        TypedQuery<EmailMessage> items = em.createQuery(
                "SELECT e FROM EmailMessage e" + where + " ORDER BY e.id DESC", EmailMessage.class);
        for (TypedQuery<?> q : new TypedQuery<?>[] {count, items}) {
            q.setParameter("status", status).setParameter("recipient", recipient);
        }
        return JpaPages.slice(items, count, page, size);
    }
}
