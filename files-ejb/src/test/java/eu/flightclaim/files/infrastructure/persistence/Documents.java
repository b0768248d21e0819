package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.crypto.KeyEncryptionKeys;
import eu.flightclaim.files.domain.model.document.Document;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Documents for the repository tests, each on a claim and owner of its own unless told. */
final class Documents {

    private Documents() {
    }

    static Document scanning(UUID claimId, UUID ownerId, String sha256) {
        UUID id = UUID.randomUUID();
        return new Document(id, claimId, ownerId, "other", "scan.pdf", "application/pdf", 1234, sha256, 2,
                "claims/" + claimId + "/" + id, 1300, new KeyEncryptionKeys.WrappedKey("k1", new byte[] {1, 2, 3}),
                65536, "SCANNING", null, "customer@example.com", now(), null, null, null);
    }

    static Document scanning() {
        return scanning(UUID.randomUUID(), UUID.randomUUID(), sha256());
    }

    /** What the database keeps: microseconds, in UTC. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static String sha256() {
        byte[] b = new byte[32];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
