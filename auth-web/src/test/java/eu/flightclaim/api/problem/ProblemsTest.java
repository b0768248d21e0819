package eu.flightclaim.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void domainExceptionsKeepTheirMessageAndGetAStableType() {
        Problem invalid = Problems.from(new InvalidInputException("recipient", "'x' is not a valid email address."), "/p");
        assertEquals(ProblemType.INVALID_INPUT.uri(), invalid.type);
        assertEquals(400, invalid.status);
        assertEquals("recipient", invalid.errors.get(0).field);

        Problem missing = Problems.from(new EJBException(new NotFoundException("email", 7)), "/p");
        assertEquals(404, missing.status);
        assertEquals("No email 7.", missing.detail);

        assertEquals(409, Problems.from(new StateConflictException("busy"), "/p").status);
    }

    @Test
    void anythingUnexpectedIsA500ThatRevealsNothingButAnIncidentId() {
        Problem p = Problems.from(new IllegalStateException("password=hunter2 at db.internal:5432"), "/api/v1/x");
        assertEquals(500, p.status);
        assertEquals(ProblemType.INTERNAL_ERROR.uri(), p.type);
        assertFalse(p.detail.contains("hunter2") || p.detail.contains("IllegalStateException"));
        assertTrue(p.detail.matches(".*incident [0-9a-f-]{36}.*"), p.detail);
        assertEquals("/api/v1/x", p.instance);
    }

    @Test
    void anIncidentIsTheRequestsIdSoItsLogLineAndItsAnswerNameTheSame() {
        eu.flightclaim.claims.application.system.RequestIds.begin("req-incident-1");
        try {
            Problem p = Problems.from(new IllegalStateException("boom"), "/api/v1/x");
            assertTrue(p.detail.contains("incident req-incident-1 "), p.detail);
        } finally {
            eu.flightclaim.claims.application.system.RequestIds.end();
        }
    }

    @Test
    void statusesMapToTypes() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.INVALID_INPUT, ProblemType.forStatus(400));
        assertEquals(ProblemType.HTTP_ERROR, ProblemType.forStatus(418));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(502));
    }

    @Test
    void whatTheDatabaseRefusesBecauseOfTheRequestIsNeverA500() {
        assertEquals(409, Problems.from(new EJBException(new RuntimeException(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("duplicate key", "23505")))), "/p").status);
        Problem serialization = Problems.from(new RuntimeException(new java.sql.SQLException("x", "40001")), "/p");
        assertEquals(409, serialization.status);
        assertEquals(1L, serialization.retryAfterSeconds);
        assertEquals(409, Problems.from(new EJBException(new jakarta.persistence.OptimisticLockException("stale")), "/p").status);
        assertEquals(400, Problems.from(new RuntimeException(new java.sql.SQLException("0x00", "22021")), "/p").status);
        assertEquals(400, Problems.from(new RuntimeException(new java.sql.SQLException("too long", "22001")), "/p").status);
        Problem down = Problems.from(new RuntimeException(new java.sql.SQLException("refused", "08001")), "/p");
        assertEquals(503, down.status);
        assertEquals(500, Problems.from(new RuntimeException(new java.sql.SQLException("syntax", "42601")), "/p").status,
                "our own SQL mistakes stay incidents");
    }
}
