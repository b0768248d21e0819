package eu.flightclaim.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.domain.model.claim.ClaimEvent;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.compensation.Cause;
import eu.flightclaim.claims.domain.model.compensation.Disruption;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequest;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every code the console shows has its word (a missing one would show as ???key??? to a person). */
class WordsTest {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("eu.flightclaim.console.words", Locale.ROOT);

    @Test
    void everyStatusEventTypeRoleEmailStateDisruptionCauseAndErasureHasItsWord() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ClaimStatus.values()).forEach(s -> keys.add("status." + s.apiName()));
        Arrays.stream(ClaimEvent.Kind.values()).forEach(k -> keys.add("event." + k.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(StaffRole.values()).forEach(r -> keys.add("role." + r.roleName()));
        Arrays.stream(EmailStatus.values()).forEach(s -> keys.add("email." + s.name()));
        Arrays.stream(Disruption.Type.values()).forEach(t -> keys.add("disruption." + t.name()));
        Arrays.stream(Cause.values()).forEach(c -> keys.add("cause." + c.name()));
        Arrays.stream(ErasureRequest.Status.values()).forEach(s -> keys.add("erasure." + s.name()));
        List.of("boarding_pass", "id_document", "booking_confirmation", "receipt", "bank_statement", "delay_certificate",
                "cancellation_notice", "power_of_attorney", "other").forEach(t -> keys.add("document." + t));
        List.of("UPLOADED", "SCANNING", "VALIDATED", "REJECTED", "deleted").forEach(s -> keys.add("docstatus." + s));
        List.of("APPROVED", "REJECTED").forEach(d -> keys.add("review." + d));
        List.of("YEARS", "MONTHS").forEach(u -> keys.addAll(List.of("unit." + u, "unit." + u + ".1")));
        assertEquals(List.of(), keys.stream().filter(k -> !WORDS.containsKey(k)).toList());
        assertEquals(keys.size(), WORDS.keySet().size(), "no word for a code that does not exist");
    }

    @Test
    void aPeriodCountsInTheRightNumber() {
        assertEquals("1 year", Words.count(1, "unit.YEARS"));
        assertEquals("3 years", Words.count(3, "unit.YEARS"));
        assertEquals("1 month", Words.count(1, "unit.MONTHS"));
    }

    @Test
    void sizesReadInBinaryUnits() {
        assertEquals("1 byte", Words.bytes(1));
        assertEquals("1023 bytes", Words.bytes(1023));
        assertEquals("1.0 KiB", Words.bytes(1024));
        assertEquals("1.5 MiB", Words.bytes(3L << 19));
        assertEquals("12.3 GiB", Words.bytes((long) (12.3 * (1L << 30))));
        assertEquals("2048.0 PiB", Words.bytes(Long.MAX_VALUE / 4));
    }
}
