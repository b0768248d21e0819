package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the claim services read, shaped for their answers (the read side): one query per answer,
 * implemented in SQL by {@code infrastructure.persistence.SqlClaimQueries}.
 */
public interface ClaimQueries {

    /** A claim as its customer sees it; with {@code customer} null, whoever's it is (staff). */
    Optional<ClaimService.ClaimView> view(UUID customer, UUID id);

    /** The customer's claims, newest first: one query per page. */
    Page<ClaimService.ClaimView> ofCustomer(UUID customer, int page, int size);

    /** How many claims match the staff filter. */
    long count(ClaimFilter filter);

    /** One page of the staff list, in the filter's order. */
    List<ClaimReviewService.Summary> find(ClaimFilter filter, int page, int size);

    /** A member of staff: any (the assignee a claim has), or only an enabled one (who may be given claims). */
    Optional<ClaimReviewService.Assignee> staff(long id, boolean enabledOnly);

    /** Every enabled member of staff's email address, oldest account first. */
    List<String> enabledStaffEmails();

    /** The counts and amounts of the whole book; claims near a deadline are those within {@code nearDays}. */
    ClaimReviewService.Stats stats(int nearDays);

    /** New claims of the last weeks. */
    ClaimReviewService.Activity activity(int weeks);

    /** The references of these claims. */
    Map<UUID, String> references(Collection<UUID> ids);

    /** A claim with open document requests older than {@code days} that nobody reminded yet. */
    record DueReminder(UUID claim, String reference, String customerEmail, String documents) {
    }

    List<DueReminder> dueReminders(int days);

    /** Unflagged claims whose customer was reminded more than {@code days} ago and has not answered. */
    List<UUID> unansweredAfterReminder(int days);

    /** An open claim whose limitation deadline is within the days asked for. */
    record NearDeadline(UUID claim, String reference, String status, LocalDate deadline, String assignee,
            boolean flagged) {
    }

    List<NearDeadline> nearDeadline(int days);
}
